/** The answer-review part of the completeness check a submission goes through. */
import type { Annotation } from '../model/annotation';
import type { AnswerReviewPayload } from '../model/answerReview';
import type { LabelSchema } from '../model/labelSchema';
import type { CompletenessProblem } from '../review/completeness';
import { reviewProblems } from './validate';

/** The task's review annotation (the one whose review names the task). */
export function reviewAnnotationOf(
  annotations: readonly Annotation[],
  taskId: string,
): Annotation | undefined {
  return annotations.find((a) => a.body.review?.taskId === taskId);
}

export function reviewCompleteness(
  annotations: readonly Annotation[],
  taskId: string,
  payload: AnswerReviewPayload,
  schema: Pick<LabelSchema, 'rubric' | 'errorTypes'>,
): CompletenessProblem[] {
  const review = reviewAnnotationOf(annotations, taskId);
  if (!review) return [{ code: 'review', message: 'rank and score the answers before submitting' }];
  const evidence = new Set(annotations.filter((a) => a.target.kind === 'span').map((a) => a.id));
  return reviewProblems(
    review.body,
    payload,
    { rubric: schema.rubric ?? [], errorTypes: schema.errorTypes ?? [] },
    evidence,
  ).map((p) => ({ code: 'review', subject: p.code, message: p.message }));
}
