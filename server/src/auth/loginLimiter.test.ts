import { describe, expect, it } from 'vitest';
import { addressKey, createLoginLimiter, type LoginLimiter } from './loginLimiter';

/** A failed attempt (it is never told it succeeded). */
function fail(limiter: LoginLimiter, ip: string, account: string): void {
  expect(limiter.begin(ip, account).blocked).toBe(false);
}

/** How long `ip` must wait for `account`, without counting anything. */
function waitFor(limiter: LoginLimiter, ip: string, account: string): number | undefined {
  const attempt = limiter.begin(ip, account);
  if (attempt.blocked) return attempt.retryAfterMs;
  attempt.succeeded();
  return undefined;
}

describe('login limiter', () => {
  it('limits an address and an account separately, and forgets after the window', () => {
    let now = 1_000_000;
    const limiter = createLoginLimiter({ max: 2, timeWindow: 60_000, maxPerAccount: 3 }, () => now);
    fail(limiter, '10.0.0.1', 'a@x');
    expect(waitFor(limiter, '10.0.0.1', 'a@x')).toBeUndefined();
    fail(limiter, '10.0.0.1', 'b@x');
    // The address has failed twice (for two accounts): it waits; another address does not.
    expect(waitFor(limiter, '10.0.0.1', 'c@x')).toBe(60_000);
    expect(waitFor(limiter, '10.0.0.2', 'a@x')).toBeUndefined();
    fail(limiter, '10.0.0.2', 'a@x');
    fail(limiter, '10.0.0.3', 'a@x');
    // a@x has failed three times from three addresses: every address waits for a@x only.
    expect(waitFor(limiter, '10.0.0.9', 'a@x')).toBeGreaterThan(0);
    expect(waitFor(limiter, '10.0.0.9', 'b@x')).toBeUndefined();
    now += 60_000;
    expect(waitFor(limiter, '10.0.0.1', 'a@x')).toBeUndefined();
  });

  it('counts an attempt while its password is checked, and not once it succeeded', () => {
    const limiter = createLoginLimiter({ max: 2, timeWindow: 60_000 });
    // Guesses sent all at once: the third is refused before the first two are answered.
    const first = limiter.begin('10.0.0.1', 'a@x');
    const second = limiter.begin('10.0.0.1', 'a@x');
    expect([first.blocked, second.blocked, limiter.begin('10.0.0.1', 'a@x').blocked]).toEqual([
      false,
      false,
      true,
    ]);
    // Both turned out right: they no longer count, and people sharing the address sign in.
    if (!first.blocked) first.succeeded();
    if (!second.blocked) second.succeeded();
    for (let i = 0; i < 10; i++) {
      const attempt = limiter.begin('10.0.0.1', `person${i}@x`);
      expect(attempt.blocked).toBe(false);
      if (!attempt.blocked) attempt.succeeded();
    }
  });

  it('keeps a bounded number of counters however many addresses fail', () => {
    const limiter = createLoginLimiter({ max: 5, timeWindow: 60_000 });
    for (let i = 0; i < 120_000; i++)
      limiter.begin(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 'x@y');
    expect(limiter.size).toBeLessThanOrEqual(100_000);
    // The account under attack is over its limit, so it is kept while others go.
    expect(waitFor(limiter, '192.0.2.1', 'x@y')).toBeGreaterThan(0);
  });

  it('counts IPv6 clients per /64 and IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
