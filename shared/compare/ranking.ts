/**
 * Ranking answers: the expert orders them best first (ties are not offered in the UI; the model
 * allows them for imported rankings). An order is a list of answer ids; ranks are 1-based.
 */
import type { RankedAnswer } from '../model/annotation';
import type { ModelAnswer } from '../model/answerReview';

export class RankingError extends Error {
  override readonly name = 'RankingError';
}

/** Throws unless `order` names every answer exactly once. */
export function assertPermutation(order: readonly string[], answerIds: readonly string[]): void {
  const known = new Set(answerIds);
  const seen = new Set<string>();
  for (const id of order) {
    if (!known.has(id)) throw new RankingError(`unknown answer "${id}" in the ranking`);
    if (seen.has(id)) throw new RankingError(`answer "${id}" is ranked twice`);
    seen.add(id);
  }
  const missing = answerIds.filter((id) => !seen.has(id));
  if (missing.length > 0)
    throw new RankingError(`the ranking leaves out ${missing.map((m) => `"${m}"`).join(', ')}`);
}

/** Moves one answer by `delta` places (negative = towards best), clamped to the ends. */
export function moveBy(order: readonly string[], id: string, delta: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) throw new RankingError(`answer "${id}" is not in the ranking`);
  return moveTo(order, id, Math.min(order.length - 1, Math.max(0, from + delta)));
}

/** Moves one answer to position `index` (0 = best), as a drop does. */
export function moveTo(order: readonly string[], id: string, index: number): string[] {
  const from = order.indexOf(id);
  if (from < 0) throw new RankingError(`answer "${id}" is not in the ranking`);
  if (!Number.isInteger(index) || index < 0 || index >= order.length)
    throw new RankingError(`position ${index} is outside 0–${order.length - 1}`);
  const next = order.filter((other) => other !== id);
  next.splice(index, 0, id);
  return next;
}

/** The stored ranking of an order: each answer's text with its rank (1 = best). */
export function rankedAnswers(
  order: readonly string[],
  answers: readonly ModelAnswer[],
): RankedAnswer[] {
  assertPermutation(
    order,
    answers.map((a) => a.id),
  );
  const byId = new Map(answers.map((a) => [a.id, a] as const));
  return order.map((id, index) => ({ id, text: byId.get(id)?.text ?? '', rank: index + 1 }));
}

/**
 * The order a stored ranking describes, for answers still in the task (rank, then task order for
 * ties); answers the ranking does not name follow in task order. Undefined when nothing is ranked.
 */
export function orderOf(
  ranking: readonly RankedAnswer[] | undefined,
  answers: readonly ModelAnswer[],
): string[] | undefined {
  if (!ranking || ranking.length === 0) return undefined;
  const position = new Map(answers.map((a, i) => [a.id, i] as const));
  const rank = new Map(ranking.map((r) => [r.id, r.rank] as const));
  return answers
    .map((a) => a.id)
    .sort(
      (a, b) =>
        (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) ||
        (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
}
