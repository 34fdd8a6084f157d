import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

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
  /** Aborting stops the platform, even while it is still starting (the host is exiting). */
  readonly signal?: AbortSignal;
}

/** After SIGTERM the platform closes its database; one that has not exited by then is killed. */
const STOP_DEADLINE_MS = 15_000;

/**
 * The platform server as a child process on an ephemeral loopback port, with its SQLite database
 * in `dataDir`. A separate process so a crash or kill of either side never corrupts the other.
 * It is one process (`node --import tsx`, not the tsx CLI, which would add a second one that a
 * signal has to be relayed through), and it never outlives the process that started it: stopped
 * on request, on abort, when this process exits, and — through exitWithParent.ts watching its
 * stdin — when this process dies without a word.
 */
export function startEmbeddedPlatform(options: EmbeddedPlatformOptions): Promise<EmbeddedPlatform> {
  const imports = [
    join(options.root, 'node_modules/tsx/dist/loader.mjs'),
    join(options.root, 'electron/services/embedded/exitWithParent.ts'),
  ].flatMap((file) => ['--import', pathToFileURL(file).href]);
  const child: ChildProcess = spawn(
    options.nodePath,
    [...imports, join(options.root, 'server/src/main.ts')],
    {
      cwd: options.root,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        GLOSSATOR_DATA_DIR: options.dataDir,
        DATABASE_URL: '',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  // Never written to: its only job is to close when this process goes (see exitWithParent.ts).
  child.stdin?.on('error', () => undefined);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const running = (): boolean => child.exitCode === null && child.signalCode === null;

  // Last resort for a host that exits without stopping us: 'exit' listeners run synchronously.
  const killOnExit = (): void => {
    if (running()) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);
  void exited.then(() => process.removeListener('exit', killOnExit));

  const stop = async (): Promise<void> => {
    if (!running()) return;
    child.kill('SIGTERM');
    const deadline = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
    await exited;
    clearTimeout(deadline);
  };
  if (options.signal?.aborted) void stop();
  options.signal?.addEventListener('abort', () => void stop(), { once: true });

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
      resolve({ url: ready[1], stop });
    });
  });
}
