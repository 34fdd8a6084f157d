import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningWebHost {
  readonly url: string;
  readonly appUrl: string;
  readonly dataDir: string;
  /** The platform the host talks to (its embedded one unless GLOSSATOR_PLATFORM_URL was set). */
  readonly platformUrl: string;
  stop(): Promise<void>;
}

const root = resolve(__dirname, '..');

/** Starts `electron/webhost/cli.ts` as a real process with a fresh data dir and waits for its ready lines. */
export async function startWebHostProcess(
  env: Record<string, string> = {},
): Promise<RunningWebHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'glossator-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    // One process (not the tsx CLI's two), so stop() signals the web host itself.
    ['--import', 'tsx', join(root, 'electron/webhost/cli.ts')],
    {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', GLOSSATOR_DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  let platformUrl = '';
  const ready = new Promise<{ url: string; appUrl: string }>((resolveReady, reject) => {
    let url = '';
    const timer = setTimeout(
      () => reject(new Error(`web host did not start in time\n${stderr}`)),
      60_000,
    );
    lines.on('line', (line) => {
      const listening = /^listening on (http:\/\/\S+)$/.exec(line);
      if (listening?.[1]) url = listening[1];
      const platform = /^platform (http:\/\/\S+)$/.exec(line);
      if (platform?.[1]) platformUrl = platform[1];
      const open = /^open (http:\/\/\S+)$/.exec(line);
      if (open?.[1] && url) {
        clearTimeout(timer);
        resolveReady({ url, appUrl: open[1] });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}\n${stderr}`));
    });
  });
  const { url, appUrl } = await ready;
  return {
    url,
    appUrl,
    dataDir,
    get platformUrl() {
      return platformUrl;
    },
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
