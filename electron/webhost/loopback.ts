import { isIP } from 'node:net';

/** The web host carries the whole IPC contract, so it must never listen beyond this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1';
  return false;
}

/** Host headers we answer to: guards against DNS rebinding of a hostile name onto 127.0.0.1. */
export function isAllowedHostHeader(header: string | undefined, port: number): boolean {
  if (!header) return false;
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return allowed.includes(header.toLowerCase());
}
