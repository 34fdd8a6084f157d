/** From a cited source span back to the comments that cite it (the other way of a citation). */
import type { AnswerReviewResult } from '../model/answerReview';
import { citedIds } from '../model/citations';

export type CitingItem =
  | { readonly kind: 'score'; readonly answerId: string; readonly criterionId: string }
  | { readonly kind: 'error'; readonly answerId: string; readonly errorId: string };

/** Cited annotation id → what cites it, in review order. */
export function citingIndex(review: AnswerReviewResult | undefined): Map<string, CitingItem[]> {
  const index = new Map<string, CitingItem[]>();
  const add = (id: string, item: CitingItem): void => {
    const list = index.get(id) ?? [];
    list.push(item);
    index.set(id, list);
  };
  for (const s of review?.scores ?? [])
    for (const id of citedIds(s.comment ?? ''))
      add(id, { kind: 'score', answerId: s.answerId, criterionId: s.criterionId });
  for (const e of review?.errors ?? [])
    for (const id of citedIds(e.comment ?? ''))
      add(id, { kind: 'error', answerId: e.answerId, errorId: e.id });
  return index;
}
