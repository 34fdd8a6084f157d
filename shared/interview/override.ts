import type { InterviewResult, ScoreOverride } from './result';
import type { Score } from './types';

export class OverrideError extends Error {
  override readonly name = 'OverrideError';
}

/**
 * A reviewer's change to one competency's score. The engine's score stays in the result; the
 * override is appended with its reason, so the expert and auditors see both.
 */
export function addOverride(result: InterviewResult, override: ScoreOverride): InterviewResult {
  if (!result.scores.some((s) => s.competencyId === override.competencyId))
    throw new OverrideError(`${override.competencyId} was not scored in this interview`);
  if (!Number.isInteger(override.score) || override.score < 1 || override.score > 4)
    throw new OverrideError('a score is a whole number from 1 to 4');
  const reason = override.reason.trim();
  if (reason.length < 10)
    throw new OverrideError('an override needs a reason of at least 10 characters');
  return { ...result, overrides: [...result.overrides, { ...override, reason }] };
}

export interface EffectiveScore {
  readonly competencyId: string;
  readonly score: Score;
  readonly source: 'engine' | 'reviewer';
  readonly engineScore: Score;
  /** The override in force, if any: the latest for the competency. */
  readonly override?: ScoreOverride;
}

/** The scores that count (for matching and for the expert's results page). */
export function effectiveScores(result: InterviewResult): EffectiveScore[] {
  return result.scores.map((s) => {
    const override = result.overrides
      .filter((o) => o.competencyId === s.competencyId)
      .sort((a, b) => a.at.localeCompare(b.at))
      .at(-1);
    const engineScore = s.score as Score;
    return override
      ? {
          competencyId: s.competencyId,
          score: override.score as Score,
          source: 'reviewer',
          engineScore,
          override,
        }
      : { competencyId: s.competencyId, score: engineScore, source: 'engine', engineScore };
  });
}
