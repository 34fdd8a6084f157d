/** Rules of a project's rubric and error types, and of the scores a review gives. */
import type { ErrorTypeDefinition, RubricCriterion, RubricScore } from '../model/answerReview';
import { MAX_SCORE, MIN_SCORE } from '../model/answerReview';

export interface Problem {
  /** Stable code for grouping and translation. */
  readonly code: string;
  /** An English sentence naming what is wrong and where. */
  readonly message: string;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** A rubric is usable when criteria ids are unique and each has one anchor per score 1–5. */
export function rubricProblems(
  rubric: readonly RubricCriterion[],
  errorTypes: readonly ErrorTypeDefinition[],
): Problem[] {
  const problems: Problem[] = [];
  for (const id of duplicates(rubric.map((c) => c.id)))
    problems.push({ code: 'duplicate-criterion', message: `criterion "${id}" is defined twice` });
  for (const id of duplicates(errorTypes.map((e) => e.id)))
    problems.push({ code: 'duplicate-error-type', message: `error type "${id}" is defined twice` });
  for (const criterion of rubric) {
    const scores = criterion.anchors.map((a) => a.score).sort((a, b) => a - b);
    const wanted = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);
    if (scores.join() !== wanted.join())
      problems.push({
        code: 'anchors',
        message: `criterion "${criterion.id}" needs one anchor for each score ${MIN_SCORE}–${MAX_SCORE} (has ${scores.join(', ') || 'none'})`,
      });
  }
  return problems;
}

/** The anchor text of a score on a criterion (what the number means). */
export function anchorOf(criterion: RubricCriterion, score: number): string | undefined {
  return criterion.anchors.find((a) => a.score === score)?.description;
}

/** Checks one score against the rubric and the task's answers; throws a clear error. */
export function checkScore(
  score: Pick<RubricScore, 'answerId' | 'criterionId' | 'score'>,
  rubric: readonly RubricCriterion[],
  answerIds: readonly string[],
): void {
  if (!answerIds.includes(score.answerId))
    throw new RangeError(`unknown answer "${score.answerId}"`);
  if (!rubric.some((c) => c.id === score.criterionId))
    throw new RangeError(`unknown rubric criterion "${score.criterionId}"`);
  if (!Number.isInteger(score.score) || score.score < MIN_SCORE || score.score > MAX_SCORE)
    throw new RangeError(`a score is a whole number ${MIN_SCORE}–${MAX_SCORE}, not ${score.score}`);
}

/** Sets (or replaces) one answer's score on one criterion, keeping any comment already there. */
export function withScore(
  scores: readonly RubricScore[],
  next: Pick<RubricScore, 'answerId' | 'criterionId' | 'score'> & { comment?: string },
  rubric: readonly RubricCriterion[],
  answerIds: readonly string[],
): RubricScore[] {
  checkScore(next, rubric, answerIds);
  const same = (s: RubricScore): boolean =>
    s.answerId === next.answerId && s.criterionId === next.criterionId;
  const previous = scores.find(same);
  const comment = next.comment ?? previous?.comment;
  const merged: RubricScore = {
    answerId: next.answerId,
    criterionId: next.criterionId,
    score: next.score,
    ...(comment !== undefined && comment !== '' ? { comment } : {}),
  };
  return previous ? scores.map((s) => (same(s) ? merged : s)) : [...scores, merged];
}

/** Pairs of (answer, criterion) that have no score yet, in task then rubric order. */
export function missingScores(
  scores: readonly RubricScore[],
  rubric: readonly RubricCriterion[],
  answerIds: readonly string[],
): { answerId: string; criterionId: string }[] {
  const have = new Set(scores.map((s) => `${s.answerId}\u0000${s.criterionId}`));
  return answerIds.flatMap((answerId) =>
    rubric
      .filter((c) => !have.has(`${answerId}\u0000${c.id}`))
      .map((c) => ({ answerId, criterionId: c.id })),
  );
}
