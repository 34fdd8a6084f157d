import { isIP } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** PostgreSQL connection string; absent means SQLite in the data directory. */
  readonly databaseUrl?: string;
  /** TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For names the client. */
  readonly trustedProxies: readonly string[];
}

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `10.0.0.1, 10.1.0.0/16, loopback` → the list, refusing anything that is not an address. */
export function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const validBits =
      bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits && family !== 0);
    if (PROXY_KEYWORDS.has(entry)) continue;
    if (family === 0 || !validBits || extra !== undefined)
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range, or one of loopback, linklocal, uniquelocal`,
      );
  }
  return entries;
}

/** Reads the settings every Glossator process shares (see docs/ARCHITECTURE.md, "Processes and settings"). */
export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be 0-65535, got ${env.PORT}`);
  const dataDir = env.GLOSSATOR_DATA_DIR
    ? resolve(env.GLOSSATOR_DATA_DIR)
    : join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'glossator', 'platform');
  return {
    host: env.HOST || '127.0.0.1',
    port,
    dataDir,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
  };
}
