/**
 * Serves what main's `protocol.handle('app', …)` answers, over loopback HTTP, so a Chromium page
 * can load it: http://127.0.0.1:PORT/x is app://glossator/x. Requests go to main's own handler
 * as fetch Requests with their app:// URL, and its Responses (status, headers, body) come back.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProtocolHandler = (request: Request) => Promise<Response> | Response;

export interface ProtocolServer {
  readonly origin: string;
  /** app://glossator/x → http://127.0.0.1:PORT/x; other URLs unchanged. */
  toHttp(url: string): string;
  /** The reverse, for the frame URL main checks senders against. */
  toApp(url: string): string;
  close(): Promise<void>;
}

const APP_ORIGIN = 'app://glossator';

export async function startProtocolServer(
  handlers: ReadonlyMap<string, ProtocolHandler>,
): Promise<ProtocolServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const handler = handlers.get('app');
    if (!handler) {
      res.writeHead(503).end('main registered no app:// handler');
      return;
    }
    const request = new Request(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method ?? 'GET' });
    void Promise.resolve(handler(request))
      .then(async (response) => {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => (headers[key] = value));
        res.writeHead(response.status, headers);
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    toHttp: (url) =>
      url.startsWith(`${APP_ORIGIN}/`) ? origin + url.slice(APP_ORIGIN.length) : url,
    toApp: (url) => (url.startsWith(`${origin}/`) ? APP_ORIGIN + url.slice(origin.length) : url),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
