import { describe, expect, it } from 'vitest';
import type { Principal } from '../services/core/principal';
import { createTokenCache } from './tokenCache';

const dana = { id: 'a1', role: 'expert', organisationId: null } as unknown as Principal;

function setUp(maxAgeMs = 5_000) {
  let clock = 1_000_000;
  const cache = createTokenCache({ maxAgeMs, maxEntries: 3, now: () => clock });
  const store = (token: string, expiresAt = clock + 3_600_000, grantId = 'g1') =>
    cache.set(cache.keyOf(token), { principal: dana, grantId, expiresAt }, cache.generation());
  return { cache, store, tick: (ms: number) => (clock += ms) };
}

describe('createTokenCache', () => {
  it('serves a verified token until maxAge, then asks again', () => {
    const { cache, store, tick } = setUp();
    store('token-a');
    expect(cache.get(cache.keyOf('token-a'))).toBe(dana);
    tick(4_999);
    expect(cache.get(cache.keyOf('token-a'))).toBe(dana);
    tick(1);
    expect(cache.get(cache.keyOf('token-a'))).toBeUndefined();
  });

  it('never outlives the token: an entry ends when the token expires, if that is sooner', () => {
    const { cache, store, tick } = setUp();
    store('token-a', 1_000_000 + 2_000);
    tick(1_999);
    expect(cache.get(cache.keyOf('token-a'))).toBe(dana);
    tick(1);
    expect(cache.get(cache.keyOf('token-a'))).toBeUndefined();
    store('token-b', 1_000_000);
    expect(cache.get(cache.keyOf('token-b'))).toBeUndefined();
  });

  it('forgets a revoked token at once, and only that one', () => {
    const { cache, store } = setUp();
    store('token-a');
    store('token-b');
    cache.forgetToken('token-a');
    expect(cache.get(cache.keyOf('token-a'))).toBeUndefined();
    expect(cache.get(cache.keyOf('token-b'))).toBe(dana);
  });

  it('forgets every token of a revoked grant', () => {
    const { cache, store } = setUp();
    store('token-a', undefined, 'g1');
    store('token-b', undefined, 'g1');
    store('token-c', undefined, 'g2');
    cache.forgetGrant('g1');
    expect(cache.get(cache.keyOf('token-a'))).toBeUndefined();
    expect(cache.get(cache.keyOf('token-b'))).toBeUndefined();
    expect(cache.get(cache.keyOf('token-c'))).toBe(dana);
  });

  it('does not store a verification that began before a revocation', () => {
    const { cache } = setUp();
    const since = cache.generation();
    cache.forgetToken('token-a'); // revoked while the lookup was in flight
    cache.set(cache.keyOf('token-a'), { principal: dana, grantId: 'g1', expiresAt: 2e6 }, since);
    expect(cache.get(cache.keyOf('token-a'))).toBeUndefined();
    const raced = cache.generation();
    cache.forgetGrant('g9');
    cache.set(cache.keyOf('token-a'), { principal: dana, grantId: 'g1', expiresAt: 2e6 }, raced);
    expect(cache.get(cache.keyOf('token-a'))).toBeUndefined();
  });

  it('keys by a hash, not the token, and stays within maxEntries', () => {
    const { cache, store } = setUp();
    expect(cache.keyOf('token-a')).not.toContain('token-a');
    for (const t of ['t1', 't2', 't3', 't4']) store(t);
    expect(cache.size).toBe(3);
    expect(cache.get(cache.keyOf('t1'))).toBeUndefined();
    expect(cache.get(cache.keyOf('t4'))).toBe(dana);
  });
});
