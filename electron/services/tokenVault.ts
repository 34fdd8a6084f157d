import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The slice of Electron's safeStorage the vault uses (injected, so tests and the web host run without Electron). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  getSelectedStorageBackend?(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
}

export type VaultPersistence =
  | { readonly kind: 'keyring' }
  /** Tokens live in memory only and sign-in is needed after each restart; `reason` says why. */
  | { readonly kind: 'memory'; readonly reason: 'noKeyring' | 'unavailable' | 'webHost' };

export interface TokenVault {
  readonly persistence: () => Promise<VaultPersistence>;
  /** Only the refresh token is ever stored; access tokens stay in the main process's memory. */
  saveRefreshToken(token: string): Promise<void>;
  loadRefreshToken(): Promise<string | undefined>;
  clear(): Promise<void>;
}

/**
 * The refresh token, encrypted with the OS keyring through safeStorage, in one file. When Linux has
 * no keyring (safeStorage's `basic_text` backend would only obfuscate), nothing is written to disk.
 */
export function createTokenVault(
  file: string,
  safeStorage: SafeStorageLike | undefined,
): TokenVault {
  let memory: string | undefined;
  let decided: Promise<VaultPersistence> | undefined;

  const persistence = (): Promise<VaultPersistence> => {
    decided ??= (async (): Promise<VaultPersistence> => {
      if (!safeStorage) return { kind: 'memory', reason: 'webHost' };
      if (safeStorage.getSelectedStorageBackend?.() === 'basic_text')
        return { kind: 'memory', reason: 'noKeyring' };
      return (await safeStorage.isAsyncEncryptionAvailable())
        ? { kind: 'keyring' }
        : { kind: 'memory', reason: 'unavailable' };
    })();
    return decided;
  };

  return {
    persistence,
    async saveRefreshToken(token) {
      memory = token;
      if ((await persistence()).kind !== 'keyring' || !safeStorage) return;
      const encrypted = await safeStorage.encryptStringAsync(token);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, encrypted, { mode: 0o600 });
    },
    async loadRefreshToken() {
      if (memory) return memory;
      if ((await persistence()).kind !== 'keyring' || !safeStorage) return undefined;
      let encrypted: Buffer;
      try {
        encrypted = await readFile(file);
      } catch {
        return undefined;
      }
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(encrypted);
        memory = result;
        if (shouldReEncrypt) await this.saveRefreshToken(result);
        return result;
      } catch {
        // Undecryptable (keyring reset, file from another machine): forget it and sign in again.
        await rm(file, { force: true });
        return undefined;
      }
    },
    async clear() {
      memory = undefined;
      await rm(file, { force: true });
    },
  };
}
