/**
 * An answer review in W3C: the scores and error marks as an `assessing` body (readable text plus
 * the exact data under `glossator:review`), the rewrite as an `editing` markdown body, and every
 * cited source span as a `linking` body to that annotation (`glossator:citation`), so a W3C
 * consumer sees the evidence without knowing our comment markers.
 */
import { Compile } from 'typebox/compile';
import { AnswerReviewResult } from '../model/answerReview';
import type { AnnotationBody } from '../model/annotation';
import { reviewCitedIds } from '../compare/validate';
import { annotationIri, EXT } from './w3cVocab';

type Json = Record<string, unknown>;
const checkReview = Compile(AnswerReviewResult);

function summary(review: AnswerReviewResult): string {
  const lines = review.scores.map(
    (s) => `${s.answerId} ${s.criterionId}: ${s.score}/5${s.comment ? ` — ${s.comment}` : ''}`,
  );
  for (const e of review.errors)
    lines.push(
      `${e.answerId} ${e.errorType} error: “${e.quote}”${e.comment ? ` — ${e.comment}` : ''}`,
    );
  return lines.join('\n');
}

export function reviewToW3c(body: AnnotationBody): Json[] {
  const review = body.review;
  if (!review) return [];
  const { rewrite, ...rest } = review;
  const bodies: Json[] = [
    {
      type: 'TextualBody',
      purpose: 'assessing',
      value: summary(review),
      format: 'text/plain',
      [EXT.review]: rest,
    },
  ];
  if (rewrite !== undefined)
    bodies.push({
      type: 'TextualBody',
      purpose: 'editing',
      value: rewrite,
      format: 'text/markdown',
      [EXT.rewrite]: true,
    });
  for (const id of reviewCitedIds(body))
    bodies.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: annotationIri(id),
      [EXT.citation]: 'evidence',
    });
  return bodies;
}

/** Reads our review extension back; undefined when absent or malformed. */
export function readReview(value: unknown): Omit<AnswerReviewResult, 'rewrite'> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = { ...(value as Json) };
  delete candidate.rewrite;
  return checkReview.Check(candidate) ? candidate : undefined;
}
