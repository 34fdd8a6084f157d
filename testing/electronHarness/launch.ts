/**
 * Runs the built Electron main process (out/main/index.js, with out/preload) in this Node process
 * against the `electron` stand-in, its windows being pages of a real Chromium. Used by
 * e2e/electron.spec.ts where no Electron binary exists; the same spec runs real Electron elsewhere.
 */
import Module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createElectronStandIn, type Recorded } from './standIn';

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'out/main/index.js');

export interface HarnessApp {
  readonly window: Page;
  readonly recorded: Recorded;
  /** The next page main opened "in the system browser" (sign-in), as a tab of the same browser. */
  nextExternalPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly browser: Browser;
  readonly dataDir: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly openDialogAnswers?: string[];
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

let running = false;

export async function launchHarness(options: HarnessOptions): Promise<HarnessApp> {
  if (running) throw new Error('one harnessed main process at a time in a Node process');
  running = true;
  const context = await options.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const externalPages: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  const standIn = createElectronStandIn({
    context,
    appPath: ROOT,
    userData: options.dataDir,
    ...(options.openDialogAnswers ? { openDialogAnswers: options.openDialogAnswers } : {}),
    openExternal: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      const next = waiting.shift();
      if (next) next(page);
      else externalPages.push(page);
    },
  });

  const env: Record<string, string> = { GLOSSATOR_DATA_DIR: options.dataDir, ...options.env };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [name, value] of Object.entries({
    electron: '45.3.4-harness',
    chrome: options.browser.version(),
  }))
    Object.defineProperty(process.versions, name, { value, configurable: true, enumerable: true });
  const realLoad = moduleInternals._load;
  moduleInternals._load = (request, parent, isMain) =>
    request === 'electron' ? standIn.electron : realLoad(request, parent, isMain);
  try {
    const requireMain = createRequire(__filename);
    delete requireMain.cache[MAIN];
    requireMain(MAIN);
  } catch (error) {
    moduleInternals._load = realLoad;
    running = false;
    throw error;
  }
  const window = await standIn.firstWindowPage();
  await window.waitForLoadState('domcontentloaded');

  return {
    window,
    recorded: standIn.recorded,
    nextExternalPage: () =>
      new Promise<Page>((resolvePage, reject) => {
        const ready = externalPages.shift();
        if (ready) return resolvePage(ready);
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(deliver), 1);
          reject(
            new Error(
              `main opened no page in the system browser within 30 s (opened so far: ${standIn.recorded.externalUrls.join(', ') || 'none'})`,
            ),
          );
        }, 30_000);
        const deliver = (page: Page): void => {
          clearTimeout(timer);
          resolvePage(page);
        };
        waiting.push(deliver);
      }),
    async close() {
      try {
        await standIn.quit();
        // Main stops the embedded platform on will-quit without waiting; give it time to go.
        await new Promise((r) => setTimeout(r, 500));
        await context.close();
      } finally {
        moduleInternals._load = realLoad;
        for (const [key, value] of Object.entries(savedEnv))
          if (value === undefined) delete process.env[key];
          else process.env[key] = value;
        running = false;
      }
    },
  };
}
