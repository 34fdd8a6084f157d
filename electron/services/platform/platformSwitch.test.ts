/**
 * Item 1 of "Trust first": a token is bound to the platform it came from. The real web host
 * (electron/webhost/cli.ts, driven over its WebSocket as the page drives it) is signed in to
 * platform A, then Settings point it at platform B while calls are in flight. Both platforms are
 * real processes behind recording proxies, so the test sees every byte B was sent and every token
 * A handed out.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthStatus, PlatformCallResult } from '../../../shared/ipc/contract';
import { NodeBridge } from '../../../testing/chaos/nodeBridge';
import { startWebHost, type WebHostChild } from '../../../testing/chaos/processes';
import {
  freePort,
  startRecordedPlatform,
  type RecordedPlatform,
} from '../../../testing/recordedPlatform';

const EXPERT = { email: 'expert@demo.glossator.test', password: 'demo-expert-password' };
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function status(bridge: NodeBridge): Promise<AuthStatus> {
  const result = await bridge.invoke('auth:status', {});
  if (!result.ok) throw new Error(`auth:status failed: ${JSON.stringify(result)}`);
  return result.value as AuthStatus;
}

/** Every `Authorization: Bearer …` value a recorder was sent. */
function bearersSentTo(platform: RecordedPlatform): string[] {
  return platform.recorder.log.flatMap((exchange) => {
    const header = exchange.requestHeaders.authorization;
    return typeof header === 'string' && /^bearer /i.test(header) ? [header.slice(7)] : [];
  });
}

/** Calls that are on their way while the address changes, spread over the switch. */
function callsDuringSwitch(bridge: NodeBridge): Promise<PlatformCallResult[]> {
  return Promise.all(
    Array.from({ length: 24 }, (_, i) =>
      sleep(i * 4).then(() => bridge.call('me.get', {}, undefined)),
    ),
  );
}

describe('switching platforms (two real platforms, a real web host)', () => {
  let a: RecordedPlatform;
  let b: RecordedPlatform;
  let host: WebHostChild;
  const bridge = new NodeBridge();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossator-switch-'));
    [a, b] = await Promise.all([
      startRecordedPlatform(join(dir, 'a')),
      startRecordedPlatform(join(dir, 'b')),
    ]);
    host = await startWebHost(await freePort(), join(dir, 'host'), a.url);
    await bridge.connect(host.url, host.token);
  }, 180_000);
  afterAll(async () => {
    bridge.close();
    await host?.kill();
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('item 1: after a switch the old refresh token is refused by the old platform, and the new one was sent no token of the old', async () => {
    await bridge.signIn(EXPERT);
    expect(await bridge.call('me.get', {}, undefined)).toMatchObject({ ok: true });

    const [results, switched] = await Promise.all([
      callsDuringSwitch(bridge),
      sleep(20).then(() => bridge.invoke('settings:set', { platformUrl: b.url })),
    ]);
    expect(switched.ok).toBe(true);
    // Anything still on its way from the old session would land here.
    await sleep(1500);

    for (const result of results)
      expect(result.ok ? 'ok' : result.failure).toMatch(/^(ok|signedOut)$/);
    expect(await status(bridge)).toMatchObject({ state: 'signedOut', platformUrl: b.url });

    const fromA = a.issuedTokens();
    expect(fromA.refreshTokens.length).toBeGreaterThan(0);
    const sentToB = b.recorder.sentText();
    expect.soft(bearersSentTo(b)).toEqual([]);
    for (const token of [...fromA.accessTokens, ...fromA.refreshTokens])
      expect.soft(sentToB).not.toContain(token);

    // A revoked the grant: a copy of the refresh token (or the access token) gets nothing there.
    expect.soft(await a.refreshWith(fromA.refreshTokens.at(-1)!)).toEqual({
      status: 400,
      error: 'invalid_grant',
    });
    expect.soft(await a.meStatusWith(fromA.accessTokens.at(-1)!)).toBe(401);

    // Signing in at B works, and B only ever sees the tokens B issued.
    await bridge.signIn(EXPERT);
    expect(await bridge.call('me.get', {}, undefined)).toMatchObject({ ok: true });
    const bearers = bearersSentTo(b);
    expect(bearers.length).toBeGreaterThan(0);
    const fromB = b.issuedTokens().accessTokens;
    for (const bearer of bearers) expect(fromB).toContain(bearer);
  });

  it('item 1: a switch away from a platform that no longer answers forgets its tokens and sends none to the next', async () => {
    await bridge.invoke('settings:set', { platformUrl: b.url });
    if ((await status(bridge)).state !== 'signedIn') await bridge.signIn(EXPERT);
    expect(await status(bridge)).toMatchObject({ state: 'signedIn', platformUrl: b.url });
    const before = a.recorder.log.length;
    b.recorder.setMode('blackhole');
    const started = Date.now();
    const switched = await bridge.invoke('settings:set', { platformUrl: a.url });
    expect(switched.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000);
    await sleep(1500);
    expect(await status(bridge)).toMatchObject({ state: 'signedOut', platformUrl: a.url });

    const sentToA = a.recorder.log.slice(before);
    expect(sentToA.filter((e) => e.requestHeaders.authorization)).toEqual([]);
    const fromB = b.issuedTokens();
    const text = a.recorder.sentText();
    for (const token of [...fromB.accessTokens, ...fromB.refreshTokens])
      expect(text).not.toContain(token);

    // B is back, and the app does not quietly resume the session it was told to leave.
    b.recorder.setMode('forward');
    await bridge.invoke('settings:set', { platformUrl: b.url });
    expect(await status(bridge)).toMatchObject({ state: 'signedOut', platformUrl: b.url });
    expect(await bridge.call('me.get', {}, undefined)).toEqual({ ok: false, failure: 'signedOut' });
  });
});
