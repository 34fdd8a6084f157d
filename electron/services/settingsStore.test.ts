import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore, DEFAULT_SETTINGS } from './settingsStore';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'glossator-settings-'));

describe('settings store', () => {
  it('starts from defaults and persists changes across instances', async () => {
    const dir = tempDir();
    expect(await createSettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    await createSettingsStore(dir).set({ theme: 'dark', locale: 'fr' });
    expect(await createSettingsStore(dir).get()).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      locale: 'fr',
    });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
    });
  });

  it('ignores a corrupt or tampered file instead of trusting it', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      '{"theme": "neon", "platformUrl": "http://evil.example.org"}',
    );
    expect(await createSettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
    writeFileSync(join(dir, 'settings.json'), '{not json');
    expect(await createSettingsStore(dir).get()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells listeners about every change, in order, after it is written', async () => {
    const store = createSettingsStore(tempDir());
    const seen = vi.fn();
    store.onChange(seen);
    await Promise.all([store.set({ theme: 'light' }), store.set({ theme: 'dark' })]);
    expect(seen.mock.calls.map(([s]) => (s as { theme: string }).theme)).toEqual(['light', 'dark']);
    expect((await store.get()).theme).toBe('dark');
  });
});
