import type { Protocol } from 'electron';
import { loadStaticFile } from '../services/staticFiles';
import { APP_HOST, APP_SCHEME } from './security';

/** Must run before app `ready`: app:// behaves like https (secure context, fetch, workers). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/** Serves the built renderer from `root` on app://glossator/, with the security headers. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') {
      return new Response('forbidden', { status: 403 });
    }
    const file = await loadStaticFile(root, url.pathname);
    return new Response(file.body as BodyInit, { status: file.status, headers: file.headers });
  });
}
