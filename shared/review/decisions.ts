import type { Annotation, AnnotationBody, AnnotationTarget } from '../model/annotation';
import type { AnnotationId } from '../model/ids';

export type Verdict = 'accept' | 'correct' | 'reject';

/**
 * A reviewer's decision on one annotation. A correction or rejection must say why: the expert
 * sees exactly which annotation and the reason (no rejection without a reason).
 */
export interface ReviewDecision {
  readonly annotationId: AnnotationId;
  readonly verdict: Verdict;
  /** Required (non-blank) for `correct` and `reject`; optional praise or note for `accept`. */
  readonly reason?: string;
  /** For `correct`: what the reviewer changed it to. */
  readonly correction?: { readonly target?: AnnotationTarget; readonly body?: AnnotationBody };
}

/** Something the expert missed: not an annotation of theirs, so it has no verdict. */
export interface MissingFinding {
  readonly reason: string;
  /** Where it should have been, if the reviewer marked it. */
  readonly target?: AnnotationTarget;
}

export interface TaskReview {
  readonly decisions: readonly ReviewDecision[];
  readonly missing?: readonly MissingFinding[];
}

/** What a returned expert sees: each rejected or corrected annotation and each miss, with reasons. */
export interface ReturnNotice {
  readonly items: readonly {
    readonly annotationId?: AnnotationId;
    readonly verdict: Verdict | 'missing';
    readonly reason: string;
  }[];
}

export type ReviewOutcome =
  | { readonly ok: true; readonly outcome: 'approve'; readonly corrected: number }
  | { readonly ok: true; readonly outcome: 'return'; readonly notice: ReturnNotice }
  | { readonly ok: false; readonly problems: readonly string[] };

export const MAX_REASON_LENGTH = 2000;

function validReason(reason: string | undefined): reason is string {
  return reason !== undefined && reason.trim().length > 0 && reason.length <= MAX_REASON_LENGTH;
}

/**
 * Checks a review against the submitted annotations and decides its outcome: every annotation has
 * exactly one decision; corrections and rejections carry reasons (corrections also the change);
 * any rejection or miss returns the task, otherwise it is approved (with the corrections applied).
 */
export function reviewOutcome(submitted: readonly Annotation[], review: TaskReview): ReviewOutcome {
  const problems: string[] = [];
  const ids = new Set(submitted.map((a) => a.id));
  const decided = new Set<string>();
  for (const d of review.decisions) {
    if (!ids.has(d.annotationId)) problems.push(`${d.annotationId}: not in the submission`);
    else if (decided.has(d.annotationId)) problems.push(`${d.annotationId}: decided twice`);
    decided.add(d.annotationId);
    if (d.verdict !== 'accept' && !validReason(d.reason))
      problems.push(
        `${d.annotationId}: a ${d.verdict} needs a reason (1–${MAX_REASON_LENGTH} characters)`,
      );
    if (d.verdict === 'correct' && !d.correction?.body && !d.correction?.target)
      problems.push(`${d.annotationId}: a correction needs the corrected label or span`);
  }
  for (const id of ids) if (!decided.has(id)) problems.push(`${id}: no decision`);
  for (const miss of review.missing ?? [])
    if (!validReason(miss.reason)) problems.push('a missing-annotation finding needs a reason');
  if (problems.length > 0) return { ok: false, problems };

  const items: ReturnNotice['items'][number][] = [];
  for (const d of review.decisions)
    if (d.verdict !== 'accept')
      items.push({ annotationId: d.annotationId, verdict: d.verdict, reason: d.reason ?? '' });
  for (const miss of review.missing ?? []) items.push({ verdict: 'missing', reason: miss.reason });
  const returns =
    review.decisions.some((d) => d.verdict === 'reject') || (review.missing ?? []).length > 0;
  if (returns) return { ok: true, outcome: 'return', notice: { items } };
  return {
    ok: true,
    outcome: 'approve',
    corrected: review.decisions.filter((d) => d.verdict === 'correct').length,
  };
}
