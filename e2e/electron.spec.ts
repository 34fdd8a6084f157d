import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = resolve(__dirname, '..');

/** The Electron binary, if this machine has one (electron 45 downloads it lazily; CI here cannot). */
function electronBinary(): string | undefined {
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, readFileSync(pathFile, 'utf8'))
    : join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test.describe('real Electron', () => {
  test.skip(
    !binary,
    'No Electron binary on this machine: electron 45 downloads it on first run and this network cannot reach its host. ' +
      'The same flows run in Chromium through the web host (shell.spec.ts, documents.spec.ts).',
  );

  test('starts, shows the shell and exposes only the typed bridge', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: [root],
      env: { ...process.env, GLOSSATOR_DATA_DIR: join(root, '.tmp', `electron-e2e-${Date.now()}`) },
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/glossator\//);
    const exposed = await window.evaluate(() => ({
      bridge: Object.keys((window as unknown as { glossator: object }).glossator).sort(),
      node: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ bridge: ['invoke', 'on'], node: 'undefined', process: 'undefined' });
    await window.getByRole('button', { name: 'Settings' }).click();
    await expect(window.getByTestId('app-version')).toContainText('Desktop app');
    await app.close();
  });
});
