import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, scaled by jitter', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, { baseMs: 100, random: top }))).toEqual([
      99, 199, 399, 799,
    ]);
    expect(backoffDelay(40, { baseMs: 100, capMs: 5000, random: top })).toBe(4999);
    expect(backoffDelay(5, { random: () => 0 })).toBe(0);
  });

  it('spreads retries of many clients (full jitter)', () => {
    const delays = Array.from({ length: 1000 }, () => backoffDelay(6, { baseMs: 100 }));
    const distinct = new Set(delays.map((d) => Math.floor(d / 640))).size;
    expect(distinct).toBe(10);
    expect(Math.max(...delays)).toBeLessThan(6400);
  });
});
