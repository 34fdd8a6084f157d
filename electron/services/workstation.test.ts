/**
 * The composition root built with each host's adapters (Electron's: OS keyring and OS
 * notifications; the web host's: tokens in memory, no OS notifications), against a real platform
 * process behind a recorder and a second address that records whatever it is sent. Both must
 * behave the same: which links may open, sign-in, sign-out, and a platform switch.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext, EventName, Handlers } from '../../shared/ipc/contract';
import { FormBrowser } from '../../testing/formBrowser';
import { startRecordedPlatform, type RecordedPlatform } from '../../testing/recordedPlatform';
import { startRecordingProxy, type RecordingProxy } from '../../testing/recordingProxy';
import { safeStorage as fakeKeyring } from '../main/fakeElectron';
import type { OsNotificationApi } from './notifications';
import { startWorkstation, type HostAdapters, type Workstation } from './workstation';

const EXPERT = { email: 'expert@demo.glossator.test', password: 'demo-expert-password' };
const context: CallContext = { callerId: 'test-page' };
const appInfo = { name: 'glossator', version: '0.1.0', platform: 'linux', versions: {} };

async function walkSignIn(url: string): Promise<void> {
  const browser = new FormBrowser((next) => next.pathname === '/callback');
  let step = await browser.go(url);
  for (let i = 0; i < 4 && !(step instanceof URL); i++)
    step = await browser.submit(step, /name="email"/.test(step.body) ? { ...EXPERT } : {});
  if (!(step instanceof URL)) throw new Error(`sign-in stopped at ${step.url}`);
  await fetch(step);
}

const noOsNotifications: OsNotificationApi = {
  isSupported: () => false,
  create: () => ({ show: () => undefined, on: () => undefined }),
};

interface Pushed {
  readonly event: EventName;
  readonly payload: unknown;
}
type Adapters = (platform: RecordedPlatform, dataDir: string, events: Pushed[]) => HostAdapters;

/** What electron/main/index.ts hands over: the keyring, OS notifications, an embedded platform. */
const electronAdapters: Adapters = (platform, dataDir, events) => ({
  appInfo: { ...appInfo, host: 'electron' },
  dataDir,
  keyring: fakeKeyring,
  startEmbeddedPlatform: () =>
    Promise.resolve({ url: platform.url, stop: () => Promise.resolve() }),
  broadcast: (event, payload) => events.push({ event, payload }),
  osNotifications: { api: noOsNotifications, onClick: () => undefined },
});

/** What electron/webhost/cli.ts hands over: no keyring, no OS notifications, the same platform. */
const webHostAdapters: Adapters = (platform, dataDir, events) => ({
  appInfo: { ...appInfo, host: 'web' },
  dataDir,
  keyring: undefined,
  startEmbeddedPlatform: () =>
    Promise.resolve({ url: platform.url, stop: () => Promise.resolve() }),
  broadcast: (event, payload) => events.push({ event, payload }),
});

let a: RecordedPlatform;
let elsewhere: RecordingProxy;
beforeAll(async () => {
  a = await startRecordedPlatform(mkdtempSync(join(tmpdir(), 'glossator-ws-platform-')));
  elsewhere = await startRecordingProxy();
}, 120_000);
afterAll(async () => {
  await a?.stop();
  await elsewhere?.close();
});

/** The refresh token A issued most recently (each sign-in and refresh rotates it). */
const latestRefreshToken = (): string => a.issuedTokens().refreshTokens.at(-1)!;

describe.each([
  ['Electron', electronAdapters],
  ['web host', webHostAdapters],
] as const)('the workstation with the %s adapters', (_name, adapters) => {
  let workstation: Workstation;
  let handlers: Handlers;
  const events: Pushed[] = [];

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'glossator-ws-'));
    workstation = await startWorkstation({
      ...adapters(a, dataDir, events),
      revokeTimeoutMs: 2000,
    });
    handlers = workstation.handlersFor({
      picker: { pickFile: () => Promise.resolve(undefined) },
      saver: { save: () => Promise.resolve('canceled') },
      openExternal: walkSignIn,
    });
  });
  afterAll(() => workstation?.stop());

  it('item 8: keeps the platform in use allowed after a settings change, and signs in to it', async () => {
    expect(workstation.allowedExternalOrigins()).toEqual([a.url]);
    await handlers['settings:set']({ theme: 'dark' }, context);
    expect(events.map((e) => e.event)).toContain('settings:changed');
    expect(workstation.allowedExternalOrigins()).toEqual([a.url]);
    expect(await handlers['auth:signIn']({}, context)).toMatchObject({
      state: 'signedIn',
      user: { email: EXPERT.email },
      platformUrl: a.url,
    });
    expect(events.map((e) => e.event)).toContain('auth:changed');
    expect(await handlers['platform:call']({ op: 'me.get', params: {} }, context)).toMatchObject({
      ok: true,
      data: { email: EXPERT.email },
    });
  });

  it('signs out by revoking at the platform', async () => {
    if ((await handlers['auth:status']({}, context)).state !== 'signedIn')
      await handlers['auth:signIn']({}, context);
    const refreshToken = latestRefreshToken();
    expect(await handlers['auth:signOut']({}, context)).toMatchObject({ state: 'signedOut' });
    expect(await a.refreshWith(refreshToken)).toEqual({ status: 400, error: 'invalid_grant' });
    expect(workstation.connection.get().state).toBe('local');
  });

  it('switches platform in one step: revoked at the old one, the new one allowed and sent nothing', async () => {
    await handlers['auth:signIn']({}, context);
    const refreshToken = latestRefreshToken();
    const settings = await handlers['settings:set']({ platformUrl: elsewhere.url }, context);
    expect(settings.platformUrl).toBe(elsewhere.url);
    expect(workstation.allowedExternalOrigins()).toEqual([elsewhere.url]);
    expect(await handlers['auth:status']({}, context)).toMatchObject({
      state: 'signedOut',
      platformUrl: elsewhere.url,
    });
    // The page is told too, with the new address (not just the sign-out at the old one).
    await expect
      .poll(() => events.filter((e) => e.event === 'auth:changed').at(-1)?.payload)
      .toMatchObject({ state: 'signedOut', platformUrl: elsewhere.url });
    expect(await a.refreshWith(refreshToken)).toEqual({ status: 400, error: 'invalid_grant' });
    expect(await handlers['platform:call']({ op: 'me.get', params: {} }, context)).toEqual({
      ok: false,
      failure: 'signedOut',
    });
    expect(elsewhere.log).toEqual([]);

    // Back to the default platform: allowed again, and sign-in works there as before.
    await handlers['settings:set']({ platformUrl: '' }, context);
    expect(workstation.allowedExternalOrigins()).toEqual([a.url]);
    expect(await handlers['auth:signIn']({}, context)).toMatchObject({ state: 'signedIn' });
  });
});

describe('the workstation with the Electron adapters, across a restart', () => {
  it('revokes a stored session at its own platform, and never offers it to the one now configured', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'glossator-ws-restart-'));
    const events: Pushed[] = [];
    const first = await startWorkstation(electronAdapters(a, dataDir, events));
    const page = {
      picker: { pickFile: () => Promise.resolve(undefined) },
      saver: { save: () => Promise.resolve('canceled' as const) },
      openExternal: walkSignIn,
    };
    await first.handlersFor(page)['auth:signIn']({}, context);
    const refreshToken = latestRefreshToken();
    await first.stop();

    // Settings now name another platform (edited while the app was closed, say).
    const second = await startWorkstation({
      ...electronAdapters(a, dataDir, events),
      platformUrlFromEnv: elsewhere.url,
    });
    try {
      await second.restored;
      expect(await a.refreshWith(refreshToken)).toEqual({ status: 400, error: 'invalid_grant' });
      expect(await second.platform.status()).toMatchObject({
        state: 'signedOut',
        platformUrl: elsewhere.url,
      });
      expect(elsewhere.log).toEqual([]);
    } finally {
      await second.stop();
    }
  });
});

describe('the workstation, given hostile or racing input', () => {
  it('refuses a GLOSSATOR_PLATFORM_URL that is neither https nor http on this machine', async () => {
    for (const url of ['http://platform.example.org', 'javascript:alert(1)', 'not a url']) {
      const host = webHostAdapters(a, mkdtempSync(join(tmpdir(), 'glossator-ws-env-')), []);
      await expect(startWorkstation({ ...host, platformUrlFromEnv: url })).rejects.toThrow(
        /GLOSSATOR_PLATFORM_URL must be an https address/,
      );
    }
  });

  it('applies address changes made at once in the order they were made', async () => {
    const other = await startRecordingProxy();
    const workstation = await startWorkstation(
      webHostAdapters(a, mkdtempSync(join(tmpdir(), 'glossator-ws-race-')), []),
    );
    try {
      const settings = workstation.handlersFor({
        picker: { pickFile: () => Promise.resolve(undefined) },
        saver: { save: () => Promise.resolve('canceled') },
        openExternal: walkSignIn,
      })['settings:set'];
      await Promise.all([
        settings({ platformUrl: elsewhere.url }, context),
        settings({ platformUrl: other.url }, context),
        settings({ theme: 'light' }, context),
        settings({ platformUrl: '' }, context),
      ]);
      expect(await workstation.settings.get()).toMatchObject({ platformUrl: '', theme: 'light' });
      expect(workstation.allowedExternalOrigins()).toEqual([a.url]);
      expect(other.log).toEqual([]);
    } finally {
      await workstation.stop();
      await other.close();
    }
  });
});
