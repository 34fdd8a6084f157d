/**
 * Child processes for sync tests: the platform (testing/chaos/platformChild.ts, or the real
 * server/src/main.ts) and the web host (electron/webhost/cli.ts). Each runs TypeScript through
 * `node --import tsx`, so the pid is the process itself and a SIGKILL really kills it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(__dirname, '../..');

export interface Child {
  readonly process: ChildProcess;
  /** Lines printed on stdout so far. */
  readonly lines: string[];
  /** Resolves with the first stdout line matching, or rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  readonly exited: Promise<NodeJS.Signals | number | null>;
}

export function startChild(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters = new Set<{ pattern: RegExp; resolve: (m: RegExpExecArray) => void }>();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters) {
      const match = waiter.pattern.exec(line);
      if (match) {
        waiters.delete(waiter);
        waiter.resolve(match);
      }
    }
  });
  const exited = new Promise<NodeJS.Signals | number | null>((done) =>
    child.once('exit', (code, signal) => done(signal ?? code)),
  );
  return {
    process: child,
    lines,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      const already = lines.map((l) => pattern.exec(l)).find((m) => m);
      if (already) return Promise.resolve(already);
      return new Promise((resolveWait, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${script}: no ${pattern} in time\n${stderr}`)),
          timeoutMs,
        );
        waiters.add({
          pattern,
          resolve: (m) => {
            clearTimeout(timer);
            resolveWait(m);
          },
        });
        void exited.then((how) => {
          clearTimeout(timer);
          reject(new Error(`${script} exited (${how}) before ${pattern}\n${stderr}`));
        });
      });
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface WebHostChild extends Child {
  readonly url: string;
  /** The run token (the page's cookie). */
  readonly token: string;
}

/** The web host on a fixed port (the page's origin, and so its IndexedDB, must not change). */
export async function startWebHost(
  port: number,
  dataDir: string,
  platformUrl: string,
): Promise<WebHostChild> {
  const child = startChild('electron/webhost/cli.ts', {
    HOST: '127.0.0.1',
    PORT: String(port),
    GLOSSATOR_DATA_DIR: dataDir,
    GLOSSATOR_PLATFORM_URL: platformUrl,
  });
  const open = await child.waitFor(/^open (http:\/\/[^/]+)\/\?token=(\S+)$/);
  return { ...child, url: open[1]!, token: open[2]! };
}
