import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** PostgreSQL connection string; absent means SQLite in the data directory. */
  readonly databaseUrl?: string;
}

/** Reads the settings every Glossator process shares (see DESIGN.md "Processes and settings"). */
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
  };
}
