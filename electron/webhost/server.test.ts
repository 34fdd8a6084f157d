import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { HostMessage } from '../../shared/ipc/wireCodec';
import { createConnectionStatus } from '../services/connectionStatus';
import { createHandlers } from '../services/handlers';
import { createPlatformRuntime, type PlatformRuntime } from '../services/platform/runtime';
import { createSettingsStore } from '../services/settingsStore';
import { createTokenVault } from '../services/tokenVault';

const runtimes: PlatformRuntime[] = [];
import { nodeCodec } from './connection';
import { isLoopbackHost } from './loopback';
import { NonLoopbackBindError, startWebHost, type WebHost } from './server';
import { SESSION_COOKIE } from './token';

const TOKEN = 'test-token-'.padEnd(43, 'x');
const appInfo = {
  name: 'glossator',
  version: '0.1.0',
  host: 'web' as const,
  platform: 'linux',
  versions: {},
};

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function startHost(rendererDir: string, connection = createConnectionStatus()): Promise<WebHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'glossator-wh-data-'));
  const settings = createSettingsStore(dataDir);
  const platform = createPlatformRuntime({
    settings,
    defaultUrl: () => undefined,
    vault: createTokenVault(join(dataDir, 'refresh-token'), undefined),
    openExternal: () => Promise.resolve(),
    connection,
    appVersion: '0.1.0',
    onPoke: () => undefined,
    onAuthChanged: () => undefined,
  });
  runtimes.push(platform);
  return startWebHost({
    host: '127.0.0.1',
    port: 0,
    rendererDir,
    token: TOKEN,
    handlersFor: ({ picker, saver, openExternal }) =>
      createHandlers({ appInfo, settings, connection, picker, saver, platform, openExternal }),
  });
}

function openSocket(host: WebHost, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${host.url.replace('http', 'ws')}/ipc`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<HostMessage> {
  return new Promise((resolve) =>
    ws.once('message', (data: Buffer) => resolve(nodeCodec.parse(data.toString()) as HostMessage)),
  );
}

describe('web host', () => {
  let host: WebHost;
  const cookie = `${SESSION_COOKIE}=${TOKEN}`;
  const connection = createConnectionStatus();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossator-wh-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Glossator</title>');
    host = await startHost(dir, connection);
  });
  afterAll(async () => {
    for (const runtime of runtimes) runtime.stop();
    await host.close();
  });

  it('refuses to bind anywhere but loopback', async () => {
    for (const bad of ['0.0.0.0', '::', '192.168.1.10', 'example.org']) {
      expect(isLoopbackHost(bad)).toBe(false);
      await expect(
        startWebHost({
          host: bad,
          port: 0,
          rendererDir: '/nonexistent',
          token: TOKEN,
          handlersFor: () => ({}) as never,
        }),
      ).rejects.toBeInstanceOf(NonLoopbackBindError);
    }
    expect(['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost'].every(isLoopbackHost)).toBe(
      true,
    );
  });

  it('refuses requests without the token', async () => {
    const reply = await get(`${host.url}/`);
    expect(reply.status).toBe(401);
    expect(reply.body).not.toContain('Glossator</title>');
    expect(
      (await get(`${host.url}/index.html`, { Cookie: `${SESSION_COOKIE}=wrong` })).status,
    ).toBe(401);
    expect((await get(`${host.url}/?token=wrong`)).status).toBe(401);
  });

  it('refuses foreign Host headers (DNS rebinding)', async () => {
    const reply = await get(`${host.url}/`, { Host: 'evil.example.org', Cookie: cookie });
    expect(reply.status).toBe(421);
  });

  it('turns the token in the URL into an HttpOnly, SameSite cookie and then serves the app', async () => {
    const first = await get(`${host.url}/?token=${TOKEN}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await get(`${host.url}/`, { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Glossator</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses WebSocket connections without the cookie or from another origin', async () => {
    await expect(openSocket(host, { Origin: host.url })).rejects.toThrow(/401/);
    await expect(
      openSocket(host, { Origin: 'http://evil.example.org', Cookie: cookie }),
    ).rejects.toThrow(/401/);
  });

  it('carries the IPC contract over the socket, validated as in Electron', async () => {
    const ws = await openSocket(host, { Origin: host.url, Cookie: cookie });
    const reply = nextMessage(ws);
    ws.send(nodeCodec.stringify({ t: 'invoke', id: 1, channel: 'app:info', request: {} }));
    expect(await reply).toEqual({ t: 'result', id: 1, result: { ok: true, value: appInfo } });
    const refused = nextMessage(ws);
    ws.send(
      nodeCodec.stringify({ t: 'invoke', id: 2, channel: 'settings:set', request: { theme: 'x' } }),
    );
    expect(await refused).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'invalid' } },
    });
    const event = nextMessage(ws);
    host.broadcast('connection:changed', { state: 'offline' });
    expect(await event).toEqual({
      t: 'event',
      event: 'connection:changed',
      payload: { state: 'offline' },
    });
    ws.close();
  });

  it('asks the page to pick a file and imports the bytes it sends back', async () => {
    const ws = await openSocket(host, { Origin: host.url, Cookie: cookie });
    const pick = nextMessage(ws);
    ws.send(
      nodeCodec.stringify({ t: 'invoke', id: 1, channel: 'documents:pickAndImport', request: {} }),
    );
    const ask = await pick;
    expect(ask.t).toBe('pick');
    const result = nextMessage(ws);
    const bytes = new TextEncoder().encode('Dx: hypertension');
    ws.send(
      nodeCodec.stringify({
        t: 'picked',
        id: (ask as { id: number }).id,
        file: { name: 'note.txt', bytes },
      }),
    );
    expect(await result).toMatchObject({
      t: 'result',
      result: {
        ok: true,
        value: { status: 'picked', file: { name: 'note.txt', kind: 'text', size: 16 } },
      },
    });
    ws.close();
  });

  it('closes sockets that send garbage', async () => {
    const ws = await openSocket(host, { Origin: host.url, Cookie: cookie });
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('{not json');
    expect(await closed).toBe(1007);
  });
});
