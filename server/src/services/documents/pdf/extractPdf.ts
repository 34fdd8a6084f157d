import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { MAX_PDF_PAGES } from '../../../../../shared/files/limits';
import type { ExtractReply, ExtractRequest } from './protocol';

export interface PdfLimits {
  /** Resident memory the child may use before it is killed. */
  readonly maxRssBytes: number;
  /** V8 heap cap for the child (--max-old-space-size). */
  readonly maxHeapMb: number;
  readonly timeoutMs: number;
  readonly pageTimeoutMs: number;
  readonly maxPages: number;
  /** Extractions running at once; more wait their turn. */
  readonly concurrency: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxRssBytes: 1024 * 1024 * 1024,
  maxHeapMb: 768,
  timeoutMs: 120_000,
  pageTimeoutMs: 15_000,
  maxPages: MAX_PDF_PAGES,
  concurrency: 2,
};

const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));

function rssOf(pid: number): number | undefined {
  try {
    // statm: size resident shared ... in pages; Linux only (elsewhere the heap cap still holds).
    const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(resident) ? resident * 4096 : undefined;
  } catch {
    return undefined;
  }
}

let sourceWorker: { file: string; execArgv: string[] } | undefined;

/**
 * Built, the worker is the sibling extractWorker.js. From source (tsx, vitest) it is bundled once
 * per process with esbuild (our code only) so each extraction does not pay tsx's start-up; without
 * esbuild it falls back to running the .ts file under tsx.
 */
function workerEntry(): { file: string; execArgv: string[] } {
  if (!__filename.endsWith('.ts'))
    return { file: join(__dirname, 'extractWorker.js'), execArgv: [] };
  if (sourceWorker) return sourceWorker;
  const source = join(__dirname, 'extractWorker.ts');
  try {
    const esbuild = createRequire(__filename)('esbuild') as typeof Esbuild;
    const cache = join(__dirname, '../../../../../node_modules/.cache');
    mkdirSync(cache, { recursive: true });
    const file = join(cache, `glossator-pdf-worker-${process.pid}.cjs`);
    esbuild.buildSync({
      entryPoints: [source],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      outfile: file,
      logLevel: 'silent',
    });
    process.once('exit', () => rmSync(file, { force: true }));
    sourceWorker = { file, execArgv: [] };
  } catch {
    sourceWorker = { file: source, execArgv: ['--import', 'tsx'] };
  }
  return sourceWorker;
}

/**
 * Runs pdf.js on untrusted bytes in a child process with a memory cap and a deadline. A child that
 * crashes, runs out of memory or time is reported as a malformed PDF; the server is unaffected.
 */
export function createPdfExtractor(limits: PdfLimits = DEFAULT_PDF_LIMITS) {
  let running = 0;
  const queue: (() => void)[] = [];
  const acquire = () =>
    new Promise<void>((resolve) => {
      if (running < limits.concurrency) {
        running++;
        resolve();
      } else queue.push(resolve);
    });
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };
  const children = new Set<ReturnType<typeof fork>>();

  function runOnce(bytes: Uint8Array): Promise<ExtractReply> {
    const entry = workerEntry();
    const child = fork(entry.file, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${limits.maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    children.add(child);
    return new Promise<ExtractReply>((resolve) => {
      let settled = false;
      const finish = (reply: ExtractReply) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        clearInterval(watchdog);
        children.delete(child);
        if (child.exitCode === null) child.kill('SIGKILL');
        resolve(reply);
      };
      const deadline = setTimeout(
        () => finish({ ok: false, code: 'pdfMalformed', detail: 'took too long to read' }),
        limits.timeoutMs,
      );
      const watchdog = setInterval(() => {
        const rss = child.pid === undefined ? undefined : rssOf(child.pid);
        if (rss !== undefined && rss > limits.maxRssBytes)
          finish({ ok: false, code: 'pdfMalformed', detail: 'needs too much memory to read' });
      }, 50);
      child.once('message', (reply: ExtractReply) => finish(reply));
      child.once('exit', () =>
        finish({ ok: false, code: 'pdfMalformed', detail: 'the reader stopped unexpectedly' }),
      );
      child.once('error', () =>
        finish({ ok: false, code: 'pdfMalformed', detail: 'the reader could not start' }),
      );
      const request: ExtractRequest = {
        bytes,
        maxPages: limits.maxPages,
        pageTimeoutMs: limits.pageTimeoutMs,
        cMapDir: join(pdfjsDir, 'cmaps') + '/',
        standardFontDir: join(pdfjsDir, 'standard_fonts') + '/',
      };
      child.send(request);
    });
  }

  return {
    async extract(bytes: Uint8Array): Promise<ExtractReply> {
      await acquire();
      try {
        return await runOnce(bytes);
      } finally {
        release();
      }
    },
    /** Kills extractions still running (at shutdown). */
    close(): void {
      for (const child of children) child.kill('SIGKILL');
      children.clear();
    },
  };
}

export type PdfExtractor = ReturnType<typeof createPdfExtractor>;
