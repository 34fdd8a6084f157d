import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTokenVault, type SafeStorageLike } from './tokenVault';

const binding = {
  platformUrl: 'https://a.example.org',
  issuer: 'https://a.example.org/oidc',
  clientId: 'glossator-desktop',
};
const session = (refreshToken: string) => ({ refreshToken, binding });
const file = (): string => join(mkdtempSync(join(tmpdir(), 'glossator-vault-')), 'refresh-token');

function keyring(backend = 'gnome_libsecret', available = true): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: (text) =>
      Promise.resolve(Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a))),
    decryptStringAsync: (data) => {
      if (data[0] === 0) return Promise.reject(new Error('bad key'));
      return Promise.resolve({
        result: Buffer.from([...data].map((b) => b ^ 0x5a)).toString(),
        shouldReEncrypt: false,
      });
    },
  };
}

describe('token vault', () => {
  it('stores only an encrypted refresh token and its platform, readable after a restart', async () => {
    const path = file();
    await createTokenVault(path, keyring()).save(session('rt-secret-123'));
    expect(readFileSync(path).toString()).not.toContain('rt-secret-123');
    expect(await createTokenVault(path, keyring()).load()).toEqual(session('rt-secret-123'));
  });

  it('forgets a stored token that does not say which platform it belongs to (an older vault)', async () => {
    const path = file();
    const encrypt = (text: string) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a));
    writeFileSync(path, encrypt('rt-from-an-older-version'));
    expect(await createTokenVault(path, keyring()).load()).toBeUndefined();
    expect(existsSync(path)).toBe(false);
    writeFileSync(path, encrypt(JSON.stringify({ refreshToken: 'rt', issuer: 7 })));
    expect(await createTokenVault(path, keyring()).load()).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });

  it('runs one operation at a time: a clear right after a save leaves nothing behind', async () => {
    const path = file();
    const vault = createTokenVault(path, keyring());
    void vault.save(session('rt-1'));
    await vault.clear();
    expect(existsSync(path)).toBe(false);
    expect(await createTokenVault(path, keyring()).load()).toBeUndefined();
  });

  it('keeps tokens in memory only when Linux has no keyring (basic_text) and says so', async () => {
    const path = file();
    const vault = createTokenVault(path, keyring('basic_text'));
    await vault.save(session('rt'));
    expect(await vault.persistence()).toEqual({ kind: 'memory', reason: 'noKeyring' });
    expect(await vault.load()).toEqual(session('rt'));
    expect(existsSync(path)).toBe(false);
    expect(await createTokenVault(path, keyring('basic_text')).load()).toBeUndefined();
  });

  it('keeps tokens in memory when encryption is unavailable or in the web host', async () => {
    expect(await createTokenVault(file(), keyring('kwallet5', false)).persistence()).toEqual({
      kind: 'memory',
      reason: 'unavailable',
    });
    expect(await createTokenVault(file(), undefined).persistence()).toEqual({
      kind: 'memory',
      reason: 'webHost',
    });
  });

  it('forgets a token it can no longer decrypt', async () => {
    const path = file();
    writeFileSync(path, Buffer.from([0, 1, 2]));
    expect(await createTokenVault(path, keyring()).load()).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });

  it('clears the token from memory and disk', async () => {
    const path = file();
    const vault = createTokenVault(path, keyring());
    await vault.save(session('rt'));
    await vault.clear();
    expect(await vault.load()).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });
});
