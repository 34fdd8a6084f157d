import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** OWASP's scrypt floor (N=2^17, r=8, p=1): ~100 ms and 128 MiB per hash on this class of machine. */
const PARAMS = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 } as const;

function derive(password: string, salt: Buffer, p: typeof PARAMS): Promise<Buffer> {
  const options: ScryptOptions = { N: p.N, r: p.r, p: p.p, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, p.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url: self-describing so parameters can rise. */
export async function hashPassword(password: string, params = PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hash, 'base64url');
  const params = { N: Number(n), r: Number(r), p: Number(p), keyLength: expected.length };
  if (![params.N, params.r, params.p].every(Number.isSafeInteger) || expected.length < 16)
    return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), params as typeof PARAMS);
  return timingSafeEqual(key, expected);
}

/** Cheap parameters for tests only (the hash format records them, so verification still works). */
export const TEST_PASSWORD_PARAMS = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 } as const;

/**
 * A hash to compare against when the account does not exist, so a wrong e-mail costs the same
 * time as a wrong password and sign-in does not reveal which accounts exist.
 */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not a real password');
  return dummy;
}
