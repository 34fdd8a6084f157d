import { hash } from 'node:crypto';
import type { Principal } from '../services/core/principal';

/** What verifying an access token found: whose it is, from which grant, until when. */
export interface VerifiedToken {
  readonly principal: Principal;
  readonly grantId: string | undefined;
  /** When the token itself expires (ms since the epoch). */
  readonly expiresAt: number;
}

export interface TokenCacheOptions {
  /**
   * How long a verification is reused. It bounds how late this process notices what it cannot
   * be told about: a token revoked through another server process, an account changed in the
   * database by hand. Revocations through this process take effect at once.
   */
  readonly maxAgeMs?: number;
  readonly maxEntries?: number;
  readonly now?: () => number;
}

interface Entry extends VerifiedToken {
  readonly until: number;
}

/**
 * Recently verified access tokens, keyed by a hash of the token (the cache holds no usable
 * secret). An entry lives until the sooner of the token's expiry and `maxAgeMs`; revoking a token
 * or its grant removes it. `generation` lets a verification that raced with a revocation decline
 * to store what it read before the revocation.
 */
export function createTokenCache(options: TokenCacheOptions = {}) {
  const maxAgeMs = options.maxAgeMs ?? 5_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let generation = 0;

  const keyOf = (token: string) => hash('sha256', token, 'base64url');

  return {
    keyOf,

    /** Changes whenever something is revoked. */
    generation: () => generation,

    get(key: string): Principal | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now() >= entry.until) {
        entries.delete(key);
        return undefined;
      }
      return entry.principal;
    },

    /** Stores a verification that began at `since` (a `generation()`), unless a revocation came between. */
    set(key: string, verified: VerifiedToken, since: number): void {
      if (since !== generation) return;
      const until = Math.min(verified.expiresAt, now() + maxAgeMs);
      if (until <= now()) return;
      entries.delete(key);
      entries.set(key, { ...verified, until });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },

    /** The token (its adapter id, which for opaque tokens is the token) was destroyed. */
    forgetToken(token: string): void {
      generation++;
      entries.delete(keyOf(token));
    },

    /** A grant was revoked: every token issued under it goes. */
    forgetGrant(grantId: string): void {
      generation++;
      for (const [key, entry] of entries) if (entry.grantId === grantId) entries.delete(key);
    },

    get size(): number {
      return entries.size;
    },
  };
}

export type TokenCache = ReturnType<typeof createTokenCache>;
