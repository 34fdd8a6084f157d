/**
 * Whether a review is complete and consistent with its task and project: every answer ranked once,
 * every answer scored on every criterion, marks inside their answer with a known error type, and
 * citations that point at spans of the source document.
 */
import type { AnnotationBody } from '../model/annotation';
import type {
  AnswerReviewPayload,
  ErrorTypeDefinition,
  RubricCriterion,
} from '../model/answerReview';
import { citedIds } from '../model/citations';
import { assertPermutation, RankingError } from './ranking';
import { checkScore, missingScores, type Problem } from './rubric';

export interface ReviewRules {
  readonly rubric: readonly RubricCriterion[];
  readonly errorTypes: readonly ErrorTypeDefinition[];
}

/** Every annotation id the review's comments cite, in order of first appearance. */
export function reviewCitedIds(body: Pick<AnnotationBody, 'review'>): string[] {
  const review = body.review;
  if (!review) return [];
  const comments = [
    ...review.scores.map((s) => s.comment ?? ''),
    ...review.errors.map((e) => e.comment ?? ''),
  ];
  return [...new Set(comments.flatMap((c) => citedIds(c)))];
}

export function reviewProblems(
  body: Pick<AnnotationBody, 'ranking' | 'review'>,
  payload: AnswerReviewPayload,
  rules: ReviewRules,
  /** Ids of span annotations in the source document (what citations may point at). */
  evidenceIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const answerIds = payload.answers.map((a) => a.id);
  const texts = new Map(payload.answers.map((a) => [a.id, a.text] as const));
  const ranking = body.ranking?.answers ?? [];
  if (ranking.length === 0) problems.push({ code: 'no-ranking', message: 'rank the answers' });
  else {
    const ranks = [...ranking].sort((a, b) => a.rank - b.rank);
    try {
      assertPermutation(
        ranks.map((r) => r.id),
        answerIds,
      );
      if (ranks.some((r, i) => r.rank !== i + 1))
        problems.push({ code: 'ranks', message: 'ranks must be 1, 2, 3… without gaps or ties' });
    } catch (error) {
      if (!(error instanceof RankingError)) throw error;
      problems.push({ code: 'ranking', message: error.message });
    }
  }
  const review = body.review;
  if (!review) {
    problems.push({ code: 'no-review', message: 'score the answers on the rubric' });
    return problems;
  }
  for (const score of review.scores) {
    try {
      checkScore(score, rules.rubric, answerIds);
    } catch (error) {
      problems.push({ code: 'score', message: (error as Error).message });
    }
  }
  for (const missing of missingScores(review.scores, rules.rubric, answerIds))
    problems.push({
      code: 'missing-score',
      message: `answer "${missing.answerId}" has no "${missing.criterionId}" score`,
    });
  for (const mark of review.errors) {
    const text = texts.get(mark.answerId);
    if (text === undefined)
      problems.push({
        code: 'mark-answer',
        message: `error mark on unknown answer "${mark.answerId}"`,
      });
    else if (mark.start >= mark.end || mark.end > text.length)
      problems.push({
        code: 'mark-span',
        message: `error mark ${mark.start}–${mark.end} is outside answer "${mark.answerId}" (0–${text.length})`,
      });
    else if (text.slice(mark.start, mark.end) !== mark.quote)
      problems.push({
        code: 'mark-quote',
        message: `error mark on answer "${mark.answerId}" no longer matches its text`,
      });
    if (!rules.errorTypes.some((t) => t.id === mark.errorType))
      problems.push({ code: 'error-type', message: `unknown error type "${mark.errorType}"` });
  }
  for (const id of reviewCitedIds(body))
    if (!evidenceIds.has(id))
      problems.push({
        code: 'citation',
        message: `a comment cites ${id}, which is not a span of the source document`,
      });
  return problems;
}

/** A task's payload is usable when its answer ids are unique. */
export function payloadProblems(payload: AnswerReviewPayload): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const answer of payload.answers) {
    if (seen.has(answer.id))
      problems.push({ code: 'duplicate-answer', message: `answer "${answer.id}" appears twice` });
    seen.add(answer.id);
  }
  return problems;
}
