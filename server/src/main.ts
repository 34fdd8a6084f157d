// `npm run platform:serve`: the platform server on SQLite (or PostgreSQL when DATABASE_URL is set).
import { readServerConfig } from './config';
import { startPlatform } from './platform';

async function main(): Promise<void> {
  const config = readServerConfig();
  const platform = await startPlatform({
    host: config.host,
    port: config.port,
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    trustedProxies: config.trustedProxies,
    ...(process.env.GLOSSATOR_PUBLIC_URL ? { publicUrl: process.env.GLOSSATOR_PUBLIC_URL } : {}),
    seed: process.env.GLOSSATOR_SEED !== '0',
    logger: { level: process.env.LOG_LEVEL ?? 'info', stream: process.stderr },
  });
  console.log(`listening on ${platform.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    platform.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
