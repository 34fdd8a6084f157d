/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"):
 * the wait is uniform in [0, min(cap, base·2^attempt)], so many clients coming back online at once
 * do not retry in lockstep.
 */
export interface BackoffOptions {
  readonly baseMs?: number;
  readonly capMs?: number;
  readonly random?: () => number;
}

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 500;
  const cap = options.capMs ?? 60_000;
  const ceiling = Math.min(cap, base * 2 ** Math.min(attempt, 30));
  return Math.floor((options.random ?? Math.random)() * ceiling);
}
