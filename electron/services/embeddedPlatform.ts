import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface EmbeddedPlatform {
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPlatformOptions {
  /** The repository (or app) root holding server/ and node_modules/. */
  readonly root: string;
  readonly dataDir: string;
  /** A Node.js binary (the web host's own; for Electron in development, the one npm ran with). */
  readonly nodePath: string;
  /** Lines the platform prints (seeded demo accounts); default: our stdout. */
  readonly onOutput?: (line: string) => void;
  readonly startTimeoutMs?: number;
}

/**
 * The platform server as a child process on an ephemeral loopback port, with its SQLite database
 * in `dataDir`. A separate process so a crash or kill of either side never corrupts the other.
 */
export function startEmbeddedPlatform(options: EmbeddedPlatformOptions): Promise<EmbeddedPlatform> {
  const child: ChildProcess = spawn(
    options.nodePath,
    [join(options.root, 'node_modules/tsx/dist/cli.mjs'), join(options.root, 'server/src/main.ts')],
    {
      cwd: options.root,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        GLOSSATOR_DATA_DIR: options.dataDir,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const print = options.onOutput ?? ((line: string) => console.log(`[platform] ${line}`));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the embedded platform did not start in time\n${stderr}`));
    }, options.startTimeoutMs ?? 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the embedded platform exited with ${code}\n${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const ready = /^listening on (http:\/\/\S+)$/.exec(line);
      if (!ready?.[1]) return print(line);
      clearTimeout(timer);
      resolve({
        url: ready[1],
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
