import { isIPv4, isIPv6 } from 'node:net';

/**
 * Failed sign-ins allowed within `timeWindow` ms: `max` from one client address (for any
 * accounts), and `maxPerAccount` for one account from all addresses together (default 5 × max).
 * Successful sign-ins are not counted, so people sharing an address are not locked out by
 * signing in; an attacker's failures close only the attacker's address, and an account under a
 * guessing attack spread over many addresses.
 */
export interface LoginRateLimit {
  readonly max: number;
  readonly timeWindow: number;
  readonly maxPerAccount?: number;
}

interface Counter {
  count: number;
  readonly max: number;
  readonly resetAt: number;
}

/**
 * Counters kept at most (each a few dozen bytes). Past it, expired ones go first, then ones that
 * block no one yet, oldest first: a flood of new addresses cannot wash out a limit in force.
 */
const MAX_COUNTERS = 100_000;

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right];
}

/**
 * The client a failure is charged to. One IPv6 host usually holds a whole /64, so the /64 is
 * the unit there; IPv4-mapped IPv6 addresses count as the IPv4 address.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  const groups = expandIPv6(ip.split('%')[0]!).slice(0, 4);
  return `${groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export type LoginAttempt =
  | { readonly blocked: true; readonly retryAfterMs: number }
  | {
      readonly blocked: false;
      /** The password was right: the attempt is taken off the counters again. */
      succeeded(): void;
    };

export interface LoginLimiter {
  /**
   * Starts a sign-in attempt, counted as a failure until it is told it succeeded. Counting it
   * up front means guesses sent all at once cannot slip past the limit while they are checked.
   */
  begin(ip: string, account: string): LoginAttempt;
  readonly size: number;
}

/**
 * In-process counters (one server). Several server processes would share them through Redis
 * behind the same interface.
 */
export function createLoginLimiter(
  limits: LoginRateLimit,
  now: () => number = Date.now,
): LoginLimiter {
  const counters = new Map<string, Counter>();
  const perAccount = limits.maxPerAccount ?? limits.max * 5;
  const keys = (ip: string, account: string) =>
    [
      [`a:${addressKey(ip)}`, limits.max],
      [`u:${account}`, perAccount],
    ] as const;

  function live(key: string, at: number): Counter | undefined {
    const counter = counters.get(key);
    if (counter && counter.resetAt <= at) {
      counters.delete(key);
      return undefined;
    }
    return counter;
  }

  /** Frees a tenth of the room at once, so eviction is rare (a batch, not one per failure). */
  function evict(at: number): void {
    const target = Math.floor(MAX_COUNTERS * 0.9);
    for (const [key, counter] of counters) if (counter.resetAt <= at) counters.delete(key);
    for (const [key, counter] of counters) {
      if (counters.size <= target) return;
      if (counter.count < counter.max) counters.delete(key);
    }
    for (const key of counters.keys()) {
      if (counters.size <= target) return;
      counters.delete(key);
    }
  }

  return {
    begin(ip, account) {
      const at = now();
      let wait: number | undefined;
      const counted = keys(ip, account).map(([key, max]) => {
        const counter = live(key, at);
        if (counter && counter.count >= max) wait = Math.max(wait ?? 0, counter.resetAt - at);
        return [key, max, counter] as const;
      });
      if (wait !== undefined) return { blocked: true, retryAfterMs: wait };
      const mine = counted.map(([key, max, counter]) => {
        if (counter) {
          counter.count++;
          return counter;
        }
        const fresh = { count: 1, max, resetAt: at + limits.timeWindow };
        counters.set(key, fresh);
        return fresh;
      });
      if (counters.size > MAX_COUNTERS) evict(at);
      return {
        blocked: false,
        succeeded() {
          for (const counter of mine) counter.count--;
        },
      };
    },
    get size() {
      return counters.size;
    },
  };
}
