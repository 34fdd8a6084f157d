/**
 * The real Electron main module (electron/main/index.ts), run in Node with Electron's API played
 * by fakeElectron.ts: it starts its embedded platform (a real child process), registers its IPC
 * handler and hardens each window, and the test calls it as the app's page would.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DispatchResult } from '../../shared/ipc/bridge';
import type { AuthStatus } from '../../shared/ipc/contract';
import { FormBrowser } from '../../testing/formBrowser';
import { app, invokeAsPage, state } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectronModule);

const root = resolve(__dirname, '../..');
const EXPERT = { email: 'expert@demo.glossator.test', password: 'demo-expert-password' };

/** The system browser: the platform's login and consent pages, then the app's loopback redirect. */
async function walkSignIn(url: string): Promise<void> {
  const browser = new FormBrowser((next) => next.pathname === '/callback');
  let step = await browser.go(url);
  for (let i = 0; i < 4 && !(step instanceof URL); i++)
    step = await browser.submit(step, /name="email"/.test(step.body) ? { ...EXPERT } : {});
  if (!(step instanceof URL)) throw new Error(`sign-in stopped at ${step.url}`);
  await fetch(step);
}

async function call<T>(channel: string, request: unknown): Promise<T> {
  const result = (await invokeAsPage(channel, request)) as DispatchResult;
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('Electron main, run with a fake Electron', () => {
  beforeAll(async () => {
    state.appPath = root;
    state.browser = walkSignIn;
    vi.stubEnv('GLOSSATOR_DATA_DIR', mkdtempSync(join(tmpdir(), 'glossator-main-')));
    vi.stubEnv('GLOSSATOR_PLATFORM_URL', '');
    vi.stubEnv('npm_node_execpath', process.execPath);
    await import('./index');
    // Main is ready once its embedded platform answers and the window is open.
    await vi.waitUntil(() => state.invoke && state.windows.length > 0, {
      timeout: 90_000,
      interval: 200,
    });
  }, 120_000);
  afterAll(async () => {
    app.quit();
    // will-quit stops the embedded platform; give its SIGTERM handler time to close the database.
    await new Promise((done) => setTimeout(done, 1000));
    vi.unstubAllEnvs();
  });

  it('item 8: after a settings change, signing in to the embedded platform is still allowed', async () => {
    const before = await call<AuthStatus>('auth:status', {});
    expect(before).toMatchObject({ state: 'signedOut', persistence: 'keyring' });
    const embedded = before.platformUrl!;
    expect(embedded).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    await call('settings:set', { theme: 'dark' });

    // A link to the platform a window tries to open goes to the system browser...
    const contents = state.windows[0]!.webContents;
    const opened = state.opened.length;
    state.browser = () => Promise.resolve();
    expect(contents.windowOpenHandler?.({ url: `${embedded}/oidc/auth` })).toEqual({
      action: 'deny',
    });
    expect.soft(state.opened.slice(opened)).toEqual([`${embedded}/oidc/auth`]);

    // ...and sign-in opens the platform's login page there, and completes.
    state.browser = walkSignIn;
    expect(await invokeAsPage('auth:signIn', {})).toMatchObject({
      ok: true,
      value: { state: 'signedIn', user: { email: EXPERT.email }, platformUrl: embedded },
    });
    expect(state.opened.at(-1)).toMatch(new RegExp(`^${embedded}/oidc/auth\\?`));
  });
});
