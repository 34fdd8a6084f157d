import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface ServerSecrets {
  /** Private signing keys for ID tokens (JWKS). */
  readonly jwks: { keys: JWK[] };
  /** Keys for oidc-provider's signed cookies, newest first. */
  readonly cookieKeys: string[];
}

async function loadOrCreate<T>(
  db: Kysely<Database>,
  id: string,
  create: () => Promise<T>,
): Promise<T> {
  const existing = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('id', '=', id)
    .executeTakeFirst();
  if (existing) return JSON.parse(existing.value) as T;
  const value = await create();
  // Two processes starting at once: the first insert wins and both read it back.
  await db
    .insertInto('server_secrets')
    .values({ id, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const stored = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return JSON.parse(stored.value) as T;
}

/**
 * Signing and cookie keys live in the database so every server process behind a load balancer
 * (and every restart) agrees on them.
 */
export async function loadSecrets(db: Kysely<Database>): Promise<ServerSecrets> {
  const jwks = await loadOrCreate(db, 'oidc-jwks', async () => {
    const { privateKey } = await generateKeyPair('RS256', {
      extractable: true,
      modulusLength: 2048,
    });
    const jwk = await exportJWK(privateKey);
    return { keys: [{ ...jwk, alg: 'RS256', use: 'sig', kid: randomBytes(8).toString('hex') }] };
  });
  const cookieKeys = await loadOrCreate(db, 'cookie-keys', () =>
    Promise.resolve([randomBytes(32).toString('base64url')]),
  );
  return { jwks, cookieKeys };
}
