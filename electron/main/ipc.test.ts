import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import { broadcast, isTrustedSender, registerIpc } from './ipc';

type InvokeListener = (event: unknown, channel: unknown, request: unknown) => Promise<unknown>;

function registered(handlers: Partial<Handlers>): InvokeListener {
  let listener: InvokeListener | undefined;
  registerIpc(
    {
      handle: (channel: string, fn: InvokeListener) =>
        channel === INVOKE_CHANNEL && (listener = fn),
    } as never,
    handlers as Handlers,
  );
  if (!listener) throw new Error('not registered');
  return listener;
}

const appFrame = { url: 'app://glossator/index.html#/documents', parent: null };
const event = (senderFrame: unknown) => ({ senderFrame, sender: { id: 7 } });

describe('IPC registration in main', () => {
  const appInfo = {
    name: 'glossator',
    version: '0.1.0',
    host: 'electron' as const,
    platform: 'linux',
    versions: {},
  };

  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSender(appFrame)).toBe(true);
    expect(isTrustedSender({ url: 'app://glossator/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example.org/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('answers a trusted, valid call', async () => {
    const invoke = registered({ 'app:info': () => Promise.resolve(appInfo) });
    await expect(invoke(event(appFrame), 'app:info', {})).resolves.toEqual({
      ok: true,
      value: appInfo,
    });
  });

  it('refuses untrusted senders before any handler runs', async () => {
    const handler = vi.fn(() => Promise.resolve(appInfo));
    const invoke = registered({ 'app:info': handler });
    const result = await invoke(
      event({ url: 'https://evil.example.org', parent: null }),
      'app:info',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses invalid requests before any handler runs', async () => {
    const handler = vi.fn(() => Promise.resolve(appInfo));
    const invoke = registered({ 'app:info': handler });
    await expect(invoke(event(appFrame), 'app:info', { sneaky: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    await expect(
      invoke(event(appFrame), 'fs:readFile', { path: '/etc/passwd' }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('hides internal errors and refuses responses that break the schema', async () => {
    const logger = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = registered({
      'app:info': () => Promise.reject(new Error('/home/user/secret path')),
    });
    const result = await failing(event(appFrame), 'app:info', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'app:info failed' } });
    const leaky = registered({
      'app:info': () => Promise.resolve({ ...appInfo, refreshToken: 'x' }),
    });
    await expect(leaky(event(appFrame), 'app:info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    logger.mockRestore();
  });

  it('broadcasts only schema-valid events, to live windows', () => {
    const live = { send: vi.fn(), isDestroyed: () => false };
    const dead = { send: vi.fn(), isDestroyed: () => true };
    broadcast(() => [live, dead], 'connection:changed', { state: 'offline' });
    expect(live.send).toHaveBeenCalledTimes(1);
    expect(dead.send).not.toHaveBeenCalled();
    expect(() =>
      broadcast(() => [live], 'connection:changed', { state: 'nope' } as never),
    ).toThrow();
  });
});
