import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import { TEST_PASSWORD_PARAMS } from '../auth/passwords';
import { DESKTOP_CLIENT_ID } from '../auth/provider';
import { createOidcAdapter } from '../auth/oidcAdapter';
import type { Database } from '../db/schema';
import { startPlatform, type Platform, type PlatformOptions } from '../platform';
import type { TestDatabase } from './testDatabases';

/** A platform on a test database: quiet, unseeded, cheap password hashing, generous limits. */
export function startTestPlatform(
  db: TestDatabase,
  options: Partial<PlatformOptions> = {},
): Promise<Platform> {
  return startPlatform({
    host: '127.0.0.1',
    port: 0,
    dataDir: db.dataDir,
    ...(db.databaseUrl ? { databaseUrl: db.databaseUrl } : {}),
    logger: false,
    seed: false,
    limits: {
      writeRateLimit: { max: 1_000_000, timeWindow: 60_000 },
      loginRateLimit: { max: 1_000, timeWindow: 60_000 },
      tokenRateLimit: { max: 1_000, timeWindow: 60_000 },
    },
    ...options,
    services: { accounts: { passwordParams: TEST_PASSWORD_PARAMS }, ...options.services },
  });
}

/** An access token as the token endpoint would issue it (a grant, then the token). */
export async function mintAccessToken(platform: Platform, accountId: string): Promise<string> {
  const { provider } = platform;
  const client = await provider.Client.find(DESKTOP_CLIENT_ID);
  if (!client) throw new Error('the desktop client is not registered');
  const grant = new provider.Grant({ accountId, clientId: DESKTOP_CLIENT_ID });
  grant.addOIDCScope('openid email profile offline_access');
  const grantId = await grant.save();
  const token = new provider.AccessToken({
    accountId,
    client,
    grantId,
    scope: 'openid email profile',
    gty: 'authorization_code',
  });
  return token.save();
}

/** A token that was valid once and expired an hour ago (written straight into the token store). */
export async function mintExpiredAccessToken(
  db: Kysely<Database>,
  accountId: string,
): Promise<string> {
  const Adapter = createOidcAdapter(db);
  const jti = randomBytes(32).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  await new Adapter('AccessToken').upsert(
    jti,
    {
      iat: now - 7200,
      exp: now - 3600,
      jti,
      kind: 'AccessToken',
      accountId,
      clientId: DESKTOP_CLIENT_ID,
      grantId: randomBytes(8).toString('hex'),
      scope: 'openid',
      gty: 'authorization_code',
    },
    600,
  );
  return jti;
}

/** fetch against the platform with JSON in and out. */
export async function api(
  platform: Platform,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(platform.url + path, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}
