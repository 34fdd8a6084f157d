/**
 * A loopback HTTP proxy that writes down everything that passes through it: each request's method,
 * path, headers and body, and each answer's status, headers and body (streamed answers such as the
 * event stream are recorded as they flow). Tests put it in front of a platform to prove what a
 * client sent there, and read tokens out of the answers a platform gave.
 *
 * `setMode('blackhole')` accepts connections and never answers (a platform that has gone away
 * without closing anything); `setMode('refuse')` drops every connection at once.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedExchange {
  readonly method: string;
  readonly path: string;
  readonly requestHeaders: IncomingHttpHeaders;
  requestBody: string;
  status?: number;
  responseHeaders?: IncomingHttpHeaders;
  responseBody: string;
}

export type ProxyMode = 'forward' | 'blackhole' | 'refuse';

export interface RecordingProxy {
  readonly url: string;
  /** Every exchange so far, oldest first. */
  readonly log: readonly RecordedExchange[];
  /** Everything sent to this proxy (request lines, headers and bodies) as one searchable text. */
  sentText(): string;
  setTarget(url: string): void;
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

/** Bodies beyond this are cut in the log (a document download has no tokens in it). */
const MAX_RECORDED = 256 * 1024;

function append(text: string, chunk: Buffer): string {
  return text.length >= MAX_RECORDED
    ? text
    : (text + chunk.toString('utf8')).slice(0, MAX_RECORDED);
}

export async function startRecordingProxy(target?: string): Promise<RecordingProxy> {
  let upstream = target ? new URL(target) : undefined;
  let mode: ProxyMode = 'forward';
  const log: RecordedExchange[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res) => {
    const exchange: RecordedExchange = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      requestHeaders: req.headers,
      requestBody: '',
      responseBody: '',
    };
    log.push(exchange);
    req.on('data', (chunk: Buffer) => (exchange.requestBody = append(exchange.requestBody, chunk)));
    if (mode === 'refuse' || !upstream) {
      req.socket.destroy();
      return;
    }
    if (mode === 'blackhole') {
      req.resume();
      return;
    }
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent: false,
      },
      (answer) => {
        exchange.status = answer.statusCode ?? 502;
        exchange.responseHeaders = answer.headers;
        answer.on(
          'data',
          (chunk: Buffer) => (exchange.responseBody = append(exchange.responseBody, chunk)),
        );
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        res.on('close', () => answer.destroy());
      },
    );
    forwarded.on('error', () => res.socket?.destroy());
    req.pipe(forwarded);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    log,
    sentText: () =>
      log
        .map(
          (e) =>
            `${e.method} ${e.path}\n${Object.entries(e.requestHeaders)
              .map(([name, value]) => `${name}: ${String(value)}`)
              .join('\n')}\n\n${e.requestBody}`,
        )
        .join('\n\n'),
    setTarget(url) {
      upstream = new URL(url);
    },
    setMode(next) {
      mode = next;
      if (next === 'refuse') for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
