/** Interview results as stored and sent: per-competency scores with evidence, and provenance. */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { Timestamp } from '../profile/profile';
import { IntegritySummary } from './integrity';
import { ProfileSuggestion } from './suggestions';

export const ScoreValue = Type.Integer({ minimum: 1, maximum: 4 });

export const Evidence = Strict({
  turnId: Type.String({ minLength: 1, maxLength: 64 }),
  questionId: Type.String({ minLength: 1, maxLength: 128 }),
  /** Verbatim from the expert's answer: `answer.slice(start, end) === quote`. */
  quote: Type.String({ minLength: 1, maxLength: 600 }),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
});
export type Evidence = Static<typeof Evidence>;

export const CompetencyScore = Strict({
  competencyId: Type.String({ minLength: 1, maxLength: 64 }),
  score: ScoreValue,
  rationale: Type.String({ minLength: 1, maxLength: 2000 }),
  /** Empty only for a score of 1 given because nothing relevant was said. */
  evidence: Type.Array(Evidence, { maxItems: 5 }),
  /** Rubric concepts found and missed (built-in engine; a model engine leaves them empty). */
  conceptsFound: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 40 }),
  conceptsMissing: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 40 }),
});
export type CompetencyScore = Static<typeof CompetencyScore>;

export const EngineInfo = Strict({
  engine: Type.Enum(['builtin', 'openai-compatible']),
  /** The model that scored (`llama3.1:8b`) or, for the built-in engine, its NLP model. */
  model: Type.String({ minLength: 1, maxLength: 200 }),
  /** The prompt (or rule set) version, so a score can be reproduced and compared. */
  promptVersion: Type.String({ minLength: 1, maxLength: 64 }),
});
export type EngineInfo = Static<typeof EngineInfo>;

export const ScoreOverride = Strict({
  competencyId: Type.String({ minLength: 1, maxLength: 64 }),
  score: ScoreValue,
  reason: Type.String({ minLength: 10, maxLength: 2000 }),
  reviewerId: Type.String({ minLength: 1, maxLength: 128 }),
  at: Timestamp,
});
export type ScoreOverride = Static<typeof ScoreOverride>;

export const InterviewResult = Strict({
  sessionId: Type.String({ minLength: 1, maxLength: 64 }),
  expertId: Type.String({ minLength: 1, maxLength: 128 }),
  engine: EngineInfo,
  rubricVersion: Type.String({ minLength: 1, maxLength: 64 }),
  bankVersion: Type.String({ minLength: 1, maxLength: 64 }),
  scoredAt: Timestamp,
  /** What the engine said; never edited. Reviewer changes live in `overrides`. */
  scores: Type.Array(CompetencyScore, { maxItems: 20 }),
  overrides: Type.Array(ScoreOverride, { maxItems: 100 }),
  suggestions: Type.Array(ProfileSuggestion, { maxItems: 30 }),
  integrity: IntegritySummary,
});
export type InterviewResult = Static<typeof InterviewResult>;
