/**
 * Item 11 of "Trust first": `npm run web` leaves no process behind, whichever way it ends. Each
 * case runs the real CLI (`node --import tsx electron/webhost/cli.ts`) with a data directory of
 * its own, and looks for any process whose environment still names that directory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { CAN_LIST_PROCESSES, killAll, processesWithEnv } from '../../testing/processTree';

const root = resolve(__dirname, '../..');
const markers: string[] = [];

interface RunningCli {
  readonly dataDir: string;
  readonly pid: number;
  stderr(): string;
  /** Resolves once a stdout line matches. */
  line(pattern: RegExp): Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
}

function startCli(env: Record<string, string>): RunningCli {
  const dataDir = mkdtempSync(join(tmpdir(), 'glossator-cli-'));
  markers.push(dataDir);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'electron/webhost/cli.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: '0',
        GLOSSATOR_PLATFORM_URL: '',
        LOG_LEVEL: 'warn',
        GLOSSATOR_DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines: string[] = [];
  const waiters = new Set<(line: string) => void>();
  createInterface({ input: child.stdout }).on('line', (text) => {
    lines.push(text);
    for (const waiter of waiters) waiter(text);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return {
    dataDir,
    pid: child.pid!,
    stderr: () => stderr,
    exited,
    line: (pattern) =>
      new Promise((resolveLine, reject) => {
        const early = lines.find((l) => pattern.test(l));
        if (early) return resolveLine(early);
        waiters.add((l) => pattern.test(l) && resolveLine(l));
        void exited.then(() => reject(new Error(`exited before ${pattern}\n${stderr}`)));
      }),
    kill: (signal) => child.kill(signal),
  };
}

async function noneLeft(marker: string, timeoutMs = 20_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = processesWithEnv(marker);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200));
    left = processesWithEnv(marker);
  }
  return left;
}

describe.runIf(CAN_LIST_PROCESSES)(
  'the web host CLI leaves no process behind (Linux: /proc)',
  () => {
    afterEach(() => {
      for (const marker of markers.splice(0)) killAll(processesWithEnv(marker));
    });

    it('item 11: HOST=0.0.0.0 is refused before anything starts, and no process is left', async () => {
      const cli = startCli({ HOST: '0.0.0.0' });
      expect(await cli.exited).toEqual({ code: 1, signal: null });
      expect(cli.stderr()).toContain('refusing to listen on 0.0.0.0');
      expect(await noneLeft(cli.dataDir, 2000)).toEqual([]);
      expect(existsSync(join(cli.dataDir, 'platform'))).toBe(false);
    }, 120_000);

    it('item 11: when its port is taken, the web host exits and stops the platform it had started', async () => {
      const taken: Server = createServer();
      await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
      const { port } = taken.address() as { port: number };
      try {
        const cli = startCli({ PORT: String(port) });
        expect(await cli.exited).toEqual({ code: 1, signal: null });
        expect(cli.stderr()).toMatch(/EADDRINUSE/);
        expect(await noneLeft(cli.dataDir)).toEqual([]);
      } finally {
        await new Promise<void>((done) => taken.close(() => done()));
      }
    }, 120_000);

    it.each(['SIGTERM', 'SIGINT'] as const)(
      'item 11: on %s the web host stops its embedded platform, then exits',
      async (signal) => {
        const cli = startCli({});
        await cli.line(/^open http/);
        expect(processesWithEnv(cli.dataDir).length).toBeGreaterThanOrEqual(2);
        cli.kill(signal);
        expect(await cli.exited).toEqual({ code: 0, signal: null });
        expect(await noneLeft(cli.dataDir)).toEqual([]);
      },
      120_000,
    );

    it('item 11: when the web host is killed outright (SIGKILL), its embedded platform exits too', async () => {
      const cli = startCli({});
      await cli.line(/^open http/);
      expect(processesWithEnv(cli.dataDir).length).toBeGreaterThanOrEqual(2);
      cli.kill('SIGKILL');
      expect(await cli.exited).toEqual({ code: null, signal: 'SIGKILL' });
      expect(await noneLeft(cli.dataDir)).toEqual([]);
    }, 120_000);
  },
);
