import type { IntegrityEvent } from '../../../../shared/interview/integrity';
import type { InterviewResult } from '../../../../shared/interview/result';
import type { RetakeGrant, SessionStatus } from '../../../../shared/interview/retake';
import type { ProfileSnapshot } from '../../../../shared/interview/suggestions';
import type { InterviewPlan, Turn } from '../../../../shared/interview/types';

/** One interview attempt: stored as a single document (a JSON column is enough). */
export interface InterviewSession {
  readonly id: string;
  readonly expertId: string;
  /** Optimistic concurrency: starts at 1 and goes up by one with every write. */
  readonly version: number;
  readonly status: SessionStatus;
  /** Server clock. */
  readonly startedAt: string;
  /** When the last answer arrived or the attempt was abandoned. */
  readonly endedAt?: string;
  readonly plan: InterviewPlan;
  /** The profile when the interview started; suggestions are computed against it. */
  readonly profile: ProfileSnapshot;
  readonly turns: readonly Turn[];
  readonly integrity: readonly IntegrityEvent[];
  readonly result?: InterviewResult;
  /** Why the last scoring attempt failed; the answers are kept and can be re-scored. */
  readonly scoringError?: { readonly code: string; readonly message: string; readonly at: string };
  /** Retakes granted by reviewers after this attempt. */
  readonly retakeGrants: readonly RetakeGrant[];
}

/**
 * Where sessions live. The platform backs it with its database (one row per session keyed by id,
 * indexed by expert); tests and single-process demos use the memory store below.
 */
export interface InterviewStore {
  insert(session: InterviewSession): Promise<void>;
  get(id: string): Promise<InterviewSession | undefined>;
  /**
   * Stores `next` only if the stored version is `next.version - 1` (compare-and-set), and says
   * whether it did. A `false` means someone else wrote first: reload and decide again.
   */
  update(next: InterviewSession): Promise<boolean>;
  /** Every session of an expert, oldest first. */
  listByExpert(expertId: string): Promise<InterviewSession[]>;
}

export function createMemoryInterviewStore(): InterviewStore {
  const sessions = new Map<string, InterviewSession>();
  // structuredClone keeps callers from mutating what is "stored", as a database would.
  return {
    insert(session) {
      if (sessions.has(session.id))
        return Promise.reject(new Error(`session ${session.id} exists`));
      sessions.set(session.id, structuredClone(session));
      return Promise.resolve();
    },
    get(id) {
      const s = sessions.get(id);
      return Promise.resolve(s ? structuredClone(s) : undefined);
    },
    update(next) {
      const current = sessions.get(next.id);
      if (!current || current.version !== next.version - 1) return Promise.resolve(false);
      sessions.set(next.id, structuredClone(next));
      return Promise.resolve(true);
    },
    listByExpert(expertId) {
      return Promise.resolve(
        [...sessions.values()]
          .filter((s) => s.expertId === expertId)
          .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
          .map((s) => structuredClone(s)),
      );
    },
  };
}
