/**
 * A loopback HTTP proxy between the app's services and the platform, for e2e and chaos tests. It
 * can cut the platform off (every connection refused and every open one dropped: what a train
 * tunnel looks like to the app), retarget to a restarted platform, and mistreat sync pushes:
 * delay them, deliver them twice, hold one back and deliver it after later ones (reorder), and
 * drop the answer after the platform committed (a lost acknowledgement).
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface PushFaults {
  /** Share of push answers dropped after the platform answered (it committed). */
  readonly dropAck: number;
  /** Share of pushes delivered a second time, later. */
  readonly duplicate: number;
  /** Share of pushes held back and delivered after later ones; the client sees a failure. */
  readonly reorder: number;
  /** Share of pushes delayed by up to `maxDelayMs` before delivery. */
  readonly delay: number;
  readonly maxDelayMs: number;
}

export const NO_FAULTS: PushFaults = {
  dropAck: 0,
  duplicate: 0,
  reorder: 0,
  delay: 0,
  maxDelayMs: 0,
};

export interface ProxyStats {
  pushes: number;
  droppedAcks: number;
  duplicated: number;
  reordered: number;
  delayed: number;
  refused: number;
}

export interface LoopbackProxy {
  readonly url: string;
  setTarget(url: string): void;
  /** false: refuse every request and drop open connections (the platform is unreachable). */
  setReachable(reachable: boolean): void;
  setFaults(faults: PushFaults): void;
  readonly stats: ProxyStats;
  /** Requests seen so far (all kinds), for tests that act after the n-th one. */
  requests(): number;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startLoopbackProxy(options: {
  target?: string;
  random?: () => number;
}): Promise<LoopbackProxy> {
  let target = options.target ? new URL(options.target) : undefined;
  let reachable = true;
  let faults = NO_FAULTS;
  let seen = 0;
  const random = options.random ?? Math.random;
  const stats: ProxyStats = {
    pushes: 0,
    droppedAcks: 0,
    duplicated: 0,
    reordered: 0,
    delayed: 0,
    refused: 0,
  };
  const sockets = new Set<Socket>();

  /** Sends one request upstream; resolves with the upstream response (not yet read). */
  function forward(req: IncomingMessage, body: Buffer | undefined): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      if (!target) return reject(new Error('no target'));
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent: false,
        },
        resolve,
      );
      upstream.on('error', reject);
      if (body) upstream.end(body);
      else req.pipe(upstream);
    });
  }

  function relay(upstream: IncomingMessage, res: ServerResponse): void {
    res.writeHead(upstream.statusCode ?? 502, upstream.headers);
    upstream.pipe(res);
    res.on('close', () => upstream.destroy());
  }

  /** Delivers a push copy nobody waits for (a duplicate or a held-back original). */
  function deliverLater(req: IncomingMessage, body: Buffer, afterMs: number): void {
    void sleep(afterMs)
      .then(() => (reachable ? forward(req, body) : undefined))
      .then((upstream) => upstream?.resume())
      .catch(() => undefined);
  }

  async function onPush(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    stats.pushes++;
    if (random() < faults.reorder) {
      stats.reordered++;
      deliverLater(req, body, 100 + random() * 1500);
      res.socket?.destroy();
      return;
    }
    if (random() < faults.duplicate) {
      stats.duplicated++;
      deliverLater(req, body, random() * 1500);
    }
    if (random() < faults.delay) {
      stats.delayed++;
      await sleep(random() * faults.maxDelayMs);
    }
    const upstream = await forward(req, body);
    if (random() < faults.dropAck) {
      stats.droppedAcks++;
      upstream.resume();
      upstream.on('end', () => res.socket?.destroy());
      return;
    }
    relay(upstream, res);
  }

  const server = createServer((req, res) => {
    seen++;
    if (!reachable || !target) {
      stats.refused++;
      req.socket.destroy();
      return;
    }
    const work =
      req.method === 'POST' && req.url?.startsWith('/sync/push')
        ? onPush(req, res)
        : forward(req, undefined).then((upstream) => relay(upstream, res));
    work.catch(() => res.socket?.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setTarget(url) {
      target = new URL(url);
    },
    setReachable(next) {
      reachable = next;
      if (!next) for (const socket of sockets) socket.destroy();
    },
    setFaults(next) {
      faults = next;
    },
    stats,
    requests: () => seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
