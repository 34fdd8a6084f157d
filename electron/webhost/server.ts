import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import { MAX_IMPORT_BYTES } from '../../shared/files/limits';
import { validateEvent } from '../../shared/ipc/validate';
import type { FilePicker } from '../services/fileImport';
import type { FileSaver } from '../services/fileSaver';
import { loadStaticFile } from '../services/staticFiles';
import { PageConnection } from './connection';
import { isAllowedHostHeader, isLoopbackHost } from './loopback';
import { readCookie, SESSION_COOKIE, tokensMatch } from './token';

export const IPC_PATH = '/ipc';

export interface WebHostOptions {
  readonly host: string;
  readonly port: number;
  readonly rendererDir: string;
  readonly token: string;
  /** Builds the contract's handlers for one page; picker and saver ask that page's browser. */
  readonly handlersFor: (page: {
    picker: FilePicker;
    saver: FileSaver;
    openExternal: (url: string) => Promise<void>;
  }) => Handlers;
}

export interface WebHost {
  /** http://host:port */
  readonly url: string;
  /** The URL to open: it carries the token once, which becomes an HttpOnly cookie. */
  readonly appUrl: string;
  broadcast<E extends EventName>(event: E, payload: EventPayload<E>): void;
  close(): Promise<void>;
}

export class NonLoopbackBindError extends Error {
  override readonly name = 'NonLoopbackBindError';
  constructor(host: string) {
    super(
      `refusing to listen on ${host}: the web host only binds to loopback (127.0.0.1, ::1, localhost)`,
    );
  }
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(message);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  if (!isLoopbackHost(options.host)) throw new NonLoopbackBindError(options.host);
  const connections = new Set<PageConnection>();
  let port = 0;
  let nextConnection = 1;

  const authorized = (req: IncomingMessage): boolean =>
    isAllowedHostHeader(req.headers.host, port) &&
    tokensMatch(options.token, readCookie(req.headers.cookie, SESSION_COOKIE));

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHostHeader(req.headers.host, port)) return refuse(res, 421, 'unknown host');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'method not allowed');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const offered = url.searchParams.get('token');
    if (offered !== null) {
      if (!tokensMatch(options.token, offered)) return refuse(res, 401, 'wrong token');
      res.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${SESSION_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (!authorized(req))
      return refuse(res, 401, 'open the URL printed by `npm run web` (it carries the token)');
    const file = await loadStaticFile(options.rendererDir, url.pathname);
    res.writeHead(file.status, file.headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch(() => refuse(res, 500, 'internal error'));
  });
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: Math.ceil(MAX_IMPORT_BYTES * 1.4),
  });

  server.on('upgrade', (req, socket, head) => {
    const origin = req.headers.origin;
    const sameOrigin = origin === `http://${req.headers.host}`;
    const path = (req.url ?? '/').split('?')[0];
    if (path !== IPC_PATH || !sameOrigin || !authorized(req)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const page = new PageConnection(ws, `page-${nextConnection++}`);
      const handlers = options.handlersFor(page);
      connections.add(page);
      ws.on('message', (data, isBinary) => {
        if (isBinary) return ws.close(1003, 'text frames only');
        const buffer = Array.isArray(data)
          ? Buffer.concat(data)
          : Buffer.isBuffer(data)
            ? data
            : Buffer.from(data);
        const text = buffer.toString('utf8');
        void page.receive(text, handlers);
      });
      ws.on('close', () => {
        connections.delete(page);
        page.closed();
      });
    });
  });

  const bindHost =
    options.host === 'localhost' ? '127.0.0.1' : options.host.replace(/^\[|\]$/g, '');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bindHost, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${bindHost.includes(':') ? `[${bindHost}]` : bindHost}:${port}`;

  return {
    url,
    appUrl: `${url}/?token=${options.token}`,
    broadcast(event, payload) {
      validateEvent(event, payload);
      for (const page of connections) page.send({ t: 'event', event, payload });
    },
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
