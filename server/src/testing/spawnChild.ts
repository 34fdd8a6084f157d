import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { buildSync } from 'esbuild';

export interface Child<Info> {
  readonly process: ChildProcess;
  readonly info: Info;
  stop(): Promise<void>;
}

/**
 * Runs a testing entry (a .ts file that prints one JSON line when ready) in its own Node
 * process. Bundled with esbuild (our code only) inside node_modules, so the bundle resolves the
 * packages it leaves external and starts without a TypeScript loader.
 */
export async function spawnChild<Info>(
  entry: string,
  env: Record<string, string>,
): Promise<Child<Info>> {
  const cacheDir = join(__dirname, '../../../node_modules/.cache');
  mkdirSync(cacheDir, { recursive: true });
  const bundleDir = mkdtempSync(join(cacheDir, 'glossator-child-'));
  const file = join(bundleDir, 'child.cjs');
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: file,
    logLevel: 'warning',
  });
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    return {
      process: child,
      info: JSON.parse(line) as Info,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
        rmSync(bundleDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(bundleDir, { recursive: true, force: true });
    throw error;
  }
}
