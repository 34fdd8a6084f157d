import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackRedirect {
  /** http://127.0.0.1:<ephemeral port>/callback — registered as the redirect URI for this sign-in only. */
  readonly redirectUri: string;
  /** Resolves with the full callback URL once the browser comes back with the given state. */
  readonly callback: Promise<URL>;
  close(): Promise<void>;
}

const DONE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Glossator</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:16px system-ui,sans-serif;margin:15vh auto;max-width:32em;text-align:center}</style></head>
<body><h1>You are signed in</h1><p>You can close this tab and return to Glossator.</p></body></html>`;

/**
 * RFC 8252 §7.3: the native app listens on the loopback interface on a port the OS picks, for one
 * redirect only. Requests for other paths, or with another state, get 404 and change nothing.
 */
export async function openLoopbackRedirect(
  expectedState: string,
  timeoutMs = 10 * 60_000,
): Promise<LoopbackRedirect> {
  let settle!: { resolve: (url: URL) => void; reject: (error: Error) => void };
  const callback = new Promise<URL>((resolve, reject) => (settle = { resolve, reject }));
  let port = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (
      req.method !== 'GET' ||
      url.pathname !== '/callback' ||
      url.searchParams.get('state') !== expectedState
    ) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      .end(DONE_PAGE);
    settle.resolve(url);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const timer = setTimeout(() => settle.reject(new Error('sign-in timed out')), timeoutMs);
  void callback.catch(() => undefined).finally(() => clearTimeout(timer));
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    callback,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        settle.reject(new Error('sign-in cancelled'));
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
