import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Compile } from 'typebox/compile';
import { Settings, type SettingsPatch } from '../../shared/ipc/contract';

export const DEFAULT_SETTINGS: Settings = { theme: 'system', locale: 'system', platformUrl: '' };

const checkSettings = Compile(Settings);

export interface SettingsStore {
  get(): Promise<Settings>;
  set(patch: SettingsPatch): Promise<Settings>;
  onChange(listener: (settings: Settings) => void): () => void;
}

/**
 * Settings as one JSON file in the data directory. Writes go to a temporary file renamed over the
 * old one, so a crash mid-write leaves either the old or the new settings, never half a file.
 * A file that fails validation is ignored (defaults used) rather than trusted.
 */
export function createSettingsStore(dataDir: string): SettingsStore {
  const file = join(dataDir, 'settings.json');
  const listeners = new Set<(settings: Settings) => void>();
  let current: Settings | undefined;
  let writing: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Settings> {
    if (current) return current;
    try {
      const parsed: unknown = { ...DEFAULT_SETTINGS, ...JSON.parse(await readFile(file, 'utf8')) };
      current = checkSettings.Check(parsed) ? parsed : { ...DEFAULT_SETTINGS };
    } catch {
      current = { ...DEFAULT_SETTINGS };
    }
    return current;
  }

  return {
    get: load,
    async set(patch) {
      const next: Settings = { ...(await load()), ...patch };
      current = next;
      const write = writing.then(async () => {
        await mkdir(dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, JSON.stringify(next, null, 2), { mode: 0o600 });
        await rename(tmp, file);
      });
      writing = write.catch(() => undefined);
      await write;
      for (const listener of listeners) listener(next);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
