/** When an expert may (re)take the interview. Pure: the service passes the attempts and the clock. */

export type SessionStatus = 'in-progress' | 'answered' | 'scored' | 'scoring-failed' | 'abandoned';

export interface AttemptSummary {
  readonly sessionId: string;
  readonly status: SessionStatus;
  readonly startedAt: string;
  /** When it was finished or abandoned; absent while in progress. */
  readonly endedAt?: string;
}

/** A reviewer's permission to retake now (a technical failure, a scoring dispute); one use. */
export interface RetakeGrant {
  readonly reviewerId: string;
  readonly reason: string;
  readonly at: string;
}

export interface RetakePolicy {
  /** After a completed attempt: long enough to learn, short enough not to lock anyone out. */
  readonly coolDownDays: number;
  /** An abandoned attempt has shown its questions, so it counts, with a shorter wait. */
  readonly abandonedCoolDownDays: number;
  readonly maxAttemptsPerYear: number;
}

export const DEFAULT_RETAKE_POLICY: RetakePolicy = {
  coolDownDays: 30,
  abandonedCoolDownDays: 7,
  maxAttemptsPerYear: 3,
};

export type RetakeDecision =
  | { readonly allowed: true; readonly usesGrant?: RetakeGrant }
  | {
      readonly allowed: false;
      readonly reason: string;
      readonly retryAt?: string;
      readonly resumeSessionId?: string;
    };

const DAY = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A failed scoring is our fault, not an attempt: the answers are re-scored instead. */
const counts = (a: AttemptSummary) => a.status !== 'scoring-failed' && a.status !== 'in-progress';

export function canStartInterview(
  attempts: readonly AttemptSummary[],
  grants: readonly RetakeGrant[],
  now: string,
  policy: RetakePolicy = DEFAULT_RETAKE_POLICY,
): RetakeDecision {
  const open = attempts.find((a) => a.status === 'in-progress');
  if (open)
    return {
      allowed: false,
      reason: 'You have an interview in progress: continue it or abandon it first.',
      resumeSessionId: open.sessionId,
    };
  const counted = attempts.filter(counts).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const last = counted.at(-1);
  if (!last) return { allowed: true };
  const lastEnd = Date.parse(last.endedAt ?? last.startedAt);
  const grant = grants
    .filter((g) => Date.parse(g.at) > lastEnd)
    .sort((a, b) => a.at.localeCompare(b.at))[0];
  if (grant) return { allowed: true, usesGrant: grant };
  const t = Date.parse(now);
  const wait = last.status === 'abandoned' ? policy.abandonedCoolDownDays : policy.coolDownDays;
  if (t < lastEnd + wait * DAY) {
    const retryAt = iso(lastEnd + wait * DAY);
    return {
      allowed: false,
      reason: `You can retake the interview from ${retryAt.slice(0, 10)}, ${wait} days after your last ${last.status === 'abandoned' ? 'abandoned ' : ''}attempt.`,
      retryAt,
    };
  }
  const inYear = counted.filter((a) => Date.parse(a.startedAt) > t - 365 * DAY);
  if (inYear.length >= policy.maxAttemptsPerYear) {
    const retryAt = iso(Date.parse(inYear[0]!.startedAt) + 365 * DAY);
    return {
      allowed: false,
      reason: `You have taken the interview ${inYear.length} times in the past year; the next attempt is possible from ${retryAt.slice(0, 10)}.`,
      retryAt,
    };
  }
  return { allowed: true };
}
