import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TokenBinding } from './auth/tokenBinding';

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

/** A refresh token and the platform it belongs to: it is never used anywhere else. */
export interface StoredSession {
  readonly refreshToken: string;
  readonly binding: TokenBinding;
}

export interface TokenVault {
  readonly persistence: () => Promise<VaultPersistence>;
  /** Only the refresh token is ever stored; access tokens stay in the main process's memory. */
  save(session: StoredSession): Promise<void>;
  load(): Promise<StoredSession | undefined>;
  clear(): Promise<void>;
}

function parseStored(text: string): StoredSession | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { refreshToken, platformUrl, issuer, clientId } = value as Record<string, unknown>;
  if (typeof refreshToken !== 'string' || !refreshToken) return undefined;
  if (typeof platformUrl !== 'string' || typeof issuer !== 'string') return undefined;
  if (typeof clientId !== 'string') return undefined;
  return { refreshToken, binding: { platformUrl, issuer, clientId } };
}

/**
 * The refresh token and its binding, encrypted with the OS keyring through safeStorage, in one
 * file. When Linux has no keyring (safeStorage's `basic_text` backend would only obfuscate),
 * nothing is written to disk. Operations run one at a time, so a clear that follows a save can
 * never be overtaken by it.
 */
export function createTokenVault(
  file: string,
  safeStorage: SafeStorageLike | undefined,
): TokenVault {
  let memory: StoredSession | undefined;
  let decided: Promise<VaultPersistence> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

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

  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  }

  async function write(session: StoredSession): Promise<void> {
    memory = session;
    if ((await persistence()).kind !== 'keyring' || !safeStorage) return;
    const plain = JSON.stringify({ refreshToken: session.refreshToken, ...session.binding });
    const encrypted = await safeStorage.encryptStringAsync(plain);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, encrypted, { mode: 0o600 });
  }

  async function read(): Promise<StoredSession | undefined> {
    if (memory) return memory;
    if ((await persistence()).kind !== 'keyring' || !safeStorage) return undefined;
    let encrypted: Buffer;
    try {
      encrypted = await readFile(file);
    } catch {
      return undefined;
    }
    let decrypted: { result: string; shouldReEncrypt: boolean };
    try {
      decrypted = await safeStorage.decryptStringAsync(encrypted);
    } catch {
      // Undecryptable (keyring reset, file from another machine): forget it and sign in again.
      await rm(file, { force: true });
      return undefined;
    }
    const stored = parseStored(decrypted.result);
    if (!stored) {
      // A token without the platform it came from (an older vault) cannot be kept bound: drop it.
      await rm(file, { force: true });
      return undefined;
    }
    if (decrypted.shouldReEncrypt) await write(stored);
    memory = stored;
    return stored;
  }

  return {
    persistence,
    save: (session) => serial(() => write(session)),
    load: () => serial(read),
    clear: () =>
      serial(async () => {
        memory = undefined;
        await rm(file, { force: true });
      }),
  };
}
