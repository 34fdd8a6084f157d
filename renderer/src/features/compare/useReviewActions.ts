import { uuidv7 } from 'uuidv7';
import { makeErrorMark } from '../../../../shared/compare/errorMarks';
import { rankedAnswers } from '../../../../shared/compare/ranking';
import { withScore } from '../../../../shared/compare/rubric';
import type { AnnotationBody } from '../../../../shared/model/annotation';
import type {
  AnswerReviewPayload,
  AnswerReviewResult,
  ErrorMark,
} from '../../../../shared/model/answerReview';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import type { ReviewDraft } from './useReviewDraft';

/** The expert's edits of a review, each a pure change of the stored body (shared/compare). */
export function useReviewActions(
  draft: ReviewDraft,
  payload: AnswerReviewPayload,
  schema: LabelSchema,
  taskId: string,
) {
  const rubric = schema.rubric ?? [];
  const errorTypes = schema.errorTypes ?? [];
  const ids = payload.answers.map((a) => a.id);
  const review = (body: AnnotationBody): AnswerReviewResult =>
    body.review ?? { taskId, scores: [], errors: [] };
  const withReview = (change: (r: AnswerReviewResult) => AnswerReviewResult) =>
    draft.save((body) => ({ ...body, review: change(review(body)) }));
  const report = (error: unknown): void => console.warn('review not saved', error);

  return {
    rank: (order: readonly string[]): void => {
      void draft
        .save((body) => ({
          ...body,
          ranking: { prompt: payload.prompt, answers: rankedAnswers(order, payload.answers) },
        }))
        .catch(report);
    },
    score: (answerId: string, criterionId: string, score: number, comment?: string): void => {
      void withReview((r) => ({
        ...r,
        scores: withScore(
          r.scores,
          { answerId, criterionId, score, ...(comment !== undefined ? { comment } : {}) },
          rubric,
          ids,
        ),
      })).catch(report);
    },
    /** Adds a mark; returns the reason when the span or type is refused. */
    mark: (answerId: string, start: number, end: number, errorType: string): string | undefined => {
      const text = payload.answers.find((a) => a.id === answerId)?.text ?? '';
      let mark: ErrorMark;
      try {
        mark = makeErrorMark({ id: uuidv7(), answerId, start, end, errorType }, text, errorTypes);
      } catch (error) {
        return (error as Error).message;
      }
      void withReview((r) => ({ ...r, errors: [...r.errors, mark] })).catch(report);
      return undefined;
    },
    changeMark: (mark: ErrorMark): void => {
      void withReview((r) => ({
        ...r,
        errors: r.errors.map((m) => (m.id === mark.id ? mark : m)),
      })).catch(report);
    },
    deleteMark: (markId: string): void => {
      void withReview((r) => ({ ...r, errors: r.errors.filter((m) => m.id !== markId) })).catch(
        report,
      );
    },
    rewrite: (text: string): void => {
      if (text === (draft.review.rewrite ?? '')) return;
      void withReview((r) => ({ ...r, rewrite: text })).catch(report);
    },
  };
}
