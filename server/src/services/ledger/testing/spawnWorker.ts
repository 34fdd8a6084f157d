import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../../../..');
const WORKER = join(import.meta.dirname, 'ledgerWorker.ts');

export interface WorkerRun {
  readonly child: ChildProcess;
  /** Complete stdout lines so far. */
  readonly lines: string[];
  /** Resolves on the first line equal to `line`, or matching the predicate. */
  waitFor(line: string | ((line: string) => boolean)): Promise<void>;
  /** Resolves with the exit code, or the signal that killed it. */
  readonly exited: Promise<number | NodeJS.Signals>;
  readonly stderr: () => string;
}

/** Starts the ledger worker (TypeScript through tsx) in a child process. */
export function spawnWorker(args: unknown): WorkerRun {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(args)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: () => void }[] = [];
  let partial = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of waiters.filter((w) => w.match(line))) w.resolve();
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | NodeJS.Signals>((resolveExit) =>
    child.on('exit', (code, signal) => resolveExit(signal ?? code ?? -1)),
  );
  return {
    child,
    lines,
    stderr: () => err,
    exited,
    waitFor: (line) => {
      const match = typeof line === 'string' ? (l: string) => l === line : line;
      if (lines.some(match)) return Promise.resolve();
      return Promise.race([
        new Promise<void>((r) => waiters.push({ match, resolve: r })),
        exited.then((how) => {
          if (!lines.some(match))
            throw new Error(`worker exited (${how}) before ${String(line)}: ${err}`);
        }),
      ]);
    },
  };
}
