import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Credential } from '../auth/authSession';
import { createConnectionStatus } from '../connectionStatus';
import { createPlatformClient, type PlatformClientDeps } from './platformClient';

const ME = {
  id: '0190a5e0-0000-7000-8000-000000000009',
  email: 'e@x.test',
  displayName: 'E',
  role: 'expert',
  organisationId: null,
};

interface Platform {
  readonly url: string;
  readonly seen: { path: string; authorization?: string; aborted: boolean }[];
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
});

async function platform(
  answer: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) =>
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"notFound"}'),
): Promise<Platform> {
  const seen: Platform['seen'] = [];
  const server = createServer((req, res) => {
    const entry = {
      path: req.url ?? '/',
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      aborted: false,
    };
    seen.push(entry);
    res.on('close', () => (entry.aborted = !res.writableFinished));
    answer(req, res);
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** A session bound to `url`, ended with `end()`. */
function session(url: string, accessToken = 'token-a') {
  const ending = new AbortController();
  const credential: Credential = {
    binding: { platformUrl: url, issuer: `${url}/oidc`, clientId: 'glossator-desktop' },
    accessToken,
    signal: ending.signal,
  };
  return { credential, end: () => ending.abort() };
}

function client(credentials: (forceRefresh: boolean) => Credential) {
  const auth: PlatformClientDeps['auth'] = {
    credential: (options) => Promise.resolve(credentials(options?.forceRefresh === true)),
    state: () => ({ state: 'signedIn', user: { id: 'u' } }),
  };
  return createPlatformClient({ auth, connection: createConnectionStatus(), appVersion: '0.1.0' });
}

describe('the platform client', () => {
  it('sends the token to the platform its session is bound to, and nowhere else', async () => {
    const a = await platform((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ME)),
    );
    const b = await platform();
    const { credential } = session(a.url);
    expect(await client(() => credential).call('me.get', {}, undefined)).toMatchObject({
      ok: true,
    });
    expect(a.seen).toEqual([{ path: '/me', authorization: 'Bearer token-a', aborted: false }]);
    expect(b.seen).toEqual([]);
  });

  it('abandons a call whose session ends while it is on its way', async () => {
    const a = await platform(() => undefined); // never answers
    const { credential, end } = session(a.url);
    const call = client(() => credential).call('me.get', {}, undefined);
    await expect.poll(() => a.seen.length).toBe(1);
    end();
    expect(await call).toEqual({ ok: false, failure: 'signedOut' });
    await expect.poll(() => a.seen[0]?.aborted).toBe(true);
  });

  it('does not accept a reply that is still arriving when its session ends', async () => {
    let finish: (() => void) | undefined;
    const a = await platform((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(JSON.stringify(ME).slice(0, 10));
      finish = () => res.end(JSON.stringify(ME).slice(10));
    });
    const { credential, end } = session(a.url);
    const call = client(() => credential).call('me.get', {}, undefined);
    await expect.poll(() => finish).toBeDefined();
    end();
    finish!();
    expect(await call).toEqual({ ok: false, failure: 'signedOut' });
  });

  it('does not retry a refused call in a session other than the one it started in', async () => {
    const a = await platform((_req, res) => res.writeHead(401).end());
    const b = await platform();
    const first = session(a.url, 'token-a');
    const second = session(b.url, 'token-b'); // signed out and in elsewhere meanwhile
    const result = await client((force) => (force ? second.credential : first.credential)).call(
      'me.get',
      {},
      undefined,
    );
    expect(result).toEqual({ ok: false, failure: 'signedOut' });
    expect(b.seen).toEqual([]);
  });
});
