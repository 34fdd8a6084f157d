/**
 * One interface for whatever scores an interview: the built-in rules (default, offline, the test
 * oracle) or any OpenAI-compatible chat endpoint. An engine either returns scores it can stand
 * behind or throws an EngineError; it never returns a made-up or partial score.
 */
import type { CompetencyScore, EngineInfo } from '../../../../shared/interview/result';
import type { InterviewPlan, Turn } from '../../../../shared/interview/types';

export interface ScoringRequest {
  readonly plan: InterviewPlan;
  /** The whole transcript; only answered turns are scored. */
  readonly turns: readonly Turn[];
  readonly signal?: AbortSignal;
}

export interface EngineScoring {
  /** Provenance recorded with the result: engine, model and prompt version. */
  readonly engine: EngineInfo;
  /** One per planned competency, in plan order. */
  readonly scores: readonly CompetencyScore[];
}

export interface InterviewEngine {
  readonly info: EngineInfo;
  score(request: ScoringRequest): Promise<EngineScoring>;
}

export type EngineErrorCode =
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'unreachable'
  | 'auth'
  | 'model-not-found'
  | 'bad-request'
  | 'invalid-output'
  | 'aborted';

export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    /** Requests made before giving up, retries included. */
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Worth trying again later (the service keeps the answers and can re-score). */
  get transient(): boolean {
    return ['timeout', 'rate-limited', 'server-error', 'unreachable'].includes(this.code);
  }
}
