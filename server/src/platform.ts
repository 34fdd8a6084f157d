import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import type Provider from 'oidc-provider';
import { buildApp, type RouteEntry } from './app';
import { createAuthenticator } from './auth/bearer';
import { createTokenCache } from './auth/tokenCache';
import { registerOidc } from './auth/mount';
import { createProvider } from './auth/provider';
import { loadSecrets } from './auth/secrets';
import { sweepExpired } from './auth/oidcAdapter';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { createServices, type ServiceOptions, type Services } from './services';
import { seedIfEmpty, type SeedReport } from './services/seed/seed';
import type { RouteLimits } from './routes/types';
import { DEFAULT_STREAM_LIMITS } from './routes/events';
import { DEFAULT_UPLOAD_LIMITS } from './routes/uploads';

export interface PlatformOptions {
  readonly host: string;
  /** 0 = any free port. */
  readonly port: number;
  readonly dataDir: string;
  /** PostgreSQL; absent = SQLite in dataDir. */
  readonly databaseUrl?: string;
  /** The address clients use, when it differs from http://host:port (a reverse proxy). */
  readonly publicUrl?: string;
  /**
   * Reverse proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or `loopback`,
   * `linklocal`, `uniquelocal`). Without them the client address is the socket's peer, so
   * behind a proxy every client would share the proxy's address (and its rate limits).
   */
  readonly trustedProxies?: readonly string[];
  /** Structured logs (pino options or false). Default: info-level JSON on stderr. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Create the demo organisation, accounts and projects when the database is empty. Default true. */
  readonly seed?: boolean;
  /** Where the demo's sample documents are (default: resources/samples in this checkout). */
  readonly samplesDir?: string;
  /** Told about seeded accounts (default: printed to stdout). */
  readonly onSeeded?: (report: SeedReport) => void;
  readonly limits?: Partial<RouteLimits>;
  readonly accessTokenTtlSeconds?: number;
  readonly services?: ServiceOptions;
  readonly poolSize?: number;
}

export interface Platform {
  /** http://host:port */
  readonly url: string;
  /** The OIDC issuer (url + /oidc). */
  readonly issuer: string;
  readonly services: Services;
  readonly provider: Provider;
  /** Every route the server answers (the authorization matrix is generated from this). */
  readonly routes: readonly RouteEntry[];
  close(): Promise<void>;
}

export const DEFAULT_LIMITS: RouteLimits = {
  maxUploadBytes: 64 * 1024 * 1024,
  uploads: DEFAULT_UPLOAD_LIMITS,
  eventStreams: DEFAULT_STREAM_LIMITS,
  writeRateLimit: { max: 6_000, timeWindow: 60_000 },
  loginRateLimit: { max: 10, timeWindow: 15 * 60_000, maxPerAccount: 50 },
  tokenRateLimit: { max: 120, timeWindow: 60_000 },
};

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts the platform server: opens and migrates the database, seeds an empty one, listens, and
 * only then creates the OIDC provider (its issuer carries the port, which PORT=0 leaves open).
 * Embedded by `npm run platform:serve`, the web host and Electron main.
 */
export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const db = openDatabase({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.poolSize ? { poolSize: options.poolSize } : {}),
  });
  let provider: Provider | undefined;
  let services: Services | undefined;
  try {
    await migrate(db);
    const secrets = await loadSecrets(db.kysely);
    services = createServices(db, options.services);
    const ready = services;
    if (options.seed ?? true) {
      const report = await seedIfEmpty(ready, options.samplesDir);
      if (report) (options.onSeeded ?? printSeed)(report);
    }
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const tokens = createTokenCache();
    const routes: RouteEntry[] = [];
    const app = await buildApp({
      onRoute: (route) => routes.push(route),
      services: ready,
      limits,
      uploadDir: join(options.dataDir, 'uploads'),
      trustedProxies: options.trustedProxies ?? [],
      logger: options.logger ?? { level: 'info', stream: process.stderr },
      authenticate: createAuthenticator(() => provider!, ready.accounts, tokens),
      registerAuthRoutes: (scope) =>
        registerOidc(scope, {
          provider: () => provider,
          checkPassword: (email, password) => ready.accounts.checkPassword(email, password),
          loginRateLimit: limits.loginRateLimit,
          tokenRateLimit: limits.tokenRateLimit,
        }),
    });
    await app.listen({ host: options.host, port: options.port });
    const { port } = app.server.address() as AddressInfo;
    const url = (options.publicUrl ?? `http://${hostForUrl(options.host)}:${port}`).replace(
      /\/$/,
      '',
    );
    const issuer = `${url}/oidc`;
    provider = createProvider({
      issuer,
      db: db.kysely,
      secrets,
      revocations: tokens,
      findAccount: async (id) => {
        const row = await ready.accounts.byId(id);
        return row && row.status === 'active'
          ? { id: row.id, email: row.email, displayName: row.display_name, role: row.role }
          : undefined;
      },
      ...(options.accessTokenTtlSeconds
        ? { accessTokenTtlSeconds: options.accessTokenTtlSeconds }
        : {}),
    });
    if (url.startsWith('https:')) provider.proxy = true;
    const sweeper = setInterval(
      () => void sweepExpired(db.kysely).catch(() => undefined),
      10 * 60_000,
    );
    sweeper.unref();
    let closing: Promise<void> | undefined;
    return {
      url,
      issuer,
      services: ready,
      provider,
      routes,
      close() {
        closing ??= (async () => {
          clearInterval(sweeper);
          await app.close();
          await app.drained(10_000);
          await ready.vetting.interviews.drain();
          ready.pdf.close();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    services?.pdf.close();
    await db.close().catch(() => undefined);
    throw error;
  }
}

function printSeed(report: SeedReport): void {
  console.log('seeded demo data; sign in with:');
  for (const account of report.accounts)
    console.log(`  ${account.role.padEnd(9)} ${account.email}  password: ${account.password}`);
}
