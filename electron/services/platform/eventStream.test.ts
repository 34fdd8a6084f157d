import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformNotificationWire } from '../../../shared/platform/ops/vettingSchemas';
import { startRecordingProxy, type RecordingProxy } from '../../../testing/recordingProxy';
import type { Credential } from '../auth/authSession';
import { createConnectionStatus } from '../connectionStatus';
import { startEventStream, type EventStreamDeps } from './eventStream';

const note: PlatformNotificationWire = {
  id: '0190a5e0-0000-7000-8000-000000000001',
  kind: 'project-match',
  projectId: '0190a5e0-0000-7000-8000-000000000002',
  title: 'Restrictive covenants',
  message: 'A new project matches your profile',
  createdAt: '2025-03-03T09:00:00.000Z',
};

/** A signed-in session bound to `platformUrl`; `end()` ends it as sign-out would. */
function session(platformUrl: string) {
  const ending = new AbortController();
  const credential: Credential = {
    binding: { platformUrl, issuer: `${platformUrl}/oidc`, clientId: 'glossator-desktop' },
    accessToken: 'token-of-a',
    signal: ending.signal,
  };
  const auth: EventStreamDeps['auth'] = {
    state: () =>
      ending.signal.aborted ? { state: 'signedOut' } : { state: 'signedIn', user: { id: 'u' } },
    credential: () => Promise.resolve(credential),
    onChange: () => () => undefined,
  };
  return { auth, end: () => ending.abort() };
}

const servers: (Server | RecordingProxy)[] = [];
afterEach(async () => {
  for (const server of servers.splice(0))
    await ('log' in server
      ? server.close()
      : new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }));
});

async function serve(handle: (res: ServerResponse, path: string) => void): Promise<string> {
  const server = createServer((req, res) => handle(res, req.url ?? '/'));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the platform event stream', () => {
  it('passes on pokes and well-formed notifications, and drops malformed ones', async () => {
    const body = [
      'event: ready\ndata: {}\n\n',
      `event: poke\ndata: ${JSON.stringify({ projectId: note.projectId })}\n\n`,
      `event: notification\ndata: ${JSON.stringify({ ...note, id: 'not-a-uuid' })}\n\n`,
      `event: notification\ndata: ${JSON.stringify(note)}\n\n`,
    ].join('');
    const pokes: string[] = [];
    const notes: PlatformNotificationWire[] = [];
    const done = new Promise<void>((resolve) => {
      const stream = startEventStream({
        auth: session('http://127.0.0.1:1').auth,
        connection: createConnectionStatus(),
        onPoke: (projectId) => pokes.push(projectId),
        onNotification: (n) => {
          notes.push(n);
          stream.stop();
          resolve();
        },
        fetch: () => Promise.resolve(new Response(body, { status: 200 })),
        random: () => 0,
      });
    });
    await done;
    expect(pokes).toEqual([note.projectId]);
    expect(notes).toEqual([note]);
  });

  it('drops the connection the moment its session ends, and nothing after reaches the app', async () => {
    let open: ServerResponse | undefined;
    let closed = false;
    const url = await serve((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('event: ready\ndata: {}\n\n');
      res.on('close', () => (closed = true));
      open = res;
    });
    const { auth, end } = session(url);
    const pokes: string[] = [];
    const connection = createConnectionStatus();
    const stream = startEventStream({ auth, connection, onPoke: (p) => pokes.push(p) });
    await expect.poll(() => connection.get().state).toBe('online');
    open!.write(`event: poke\ndata: ${JSON.stringify({ projectId: 'before' })}\n\n`);
    await expect.poll(() => pokes).toEqual(['before']);
    end();
    open!.write(`event: poke\ndata: ${JSON.stringify({ projectId: 'after' })}\n\n`);
    await expect.poll(() => closed).toBe(true);
    expect(pokes).toEqual(['before']);
    stream.stop();
  });

  it('does not follow a redirect to another origin (nothing reaches it, token or not)', async () => {
    const elsewhere = await startRecordingProxy();
    servers.push(elsewhere);
    let asked = 0;
    const url = await serve((res) => {
      asked++;
      res.writeHead(307, { location: `${elsewhere.url}/events` }).end();
    });
    const stream = startEventStream({
      auth: session(url).auth,
      connection: createConnectionStatus(),
      onPoke: () => undefined,
      random: () => 0,
    });
    await expect.poll(() => asked).toBeGreaterThan(0);
    await new Promise((done) => setTimeout(done, 300));
    stream.stop();
    expect(elsewhere.log).toEqual([]);
  });
});
