import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTokenVault, type SafeStorageLike } from './tokenVault';

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
  it('stores only an encrypted refresh token, readable after a restart', async () => {
    const path = file();
    await createTokenVault(path, keyring()).saveRefreshToken('rt-secret-123');
    expect(readFileSync(path).toString()).not.toContain('rt-secret-123');
    expect(await createTokenVault(path, keyring()).loadRefreshToken()).toBe('rt-secret-123');
  });

  it('keeps tokens in memory only when Linux has no keyring (basic_text) and says so', async () => {
    const path = file();
    const vault = createTokenVault(path, keyring('basic_text'));
    await vault.saveRefreshToken('rt');
    expect(await vault.persistence()).toEqual({ kind: 'memory', reason: 'noKeyring' });
    expect(await vault.loadRefreshToken()).toBe('rt');
    expect(existsSync(path)).toBe(false);
    expect(await createTokenVault(path, keyring('basic_text')).loadRefreshToken()).toBeUndefined();
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
    expect(await createTokenVault(path, keyring()).loadRefreshToken()).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });

  it('clears the token from memory and disk', async () => {
    const path = file();
    const vault = createTokenVault(path, keyring());
    await vault.saveRefreshToken('rt');
    await vault.clear();
    expect(await vault.loadRefreshToken()).toBeUndefined();
    expect(existsSync(path)).toBe(false);
  });
});
