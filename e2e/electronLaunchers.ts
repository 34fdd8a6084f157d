/**
 * Two ways to run the desktop app for e2e/electron.spec.ts: real Electron (`_electron.launch`,
 * where the binary exists) and the harness (the built main process in Node with an `electron`
 * stand-in whose windows are Chromium pages; testing/electronHarness). The spec is the same.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, chromium, type Page } from '@playwright/test';
import { launchHarness } from '../testing/electronHarness/launch';
import type { Recorded } from '../testing/electronHarness/standIn';
import { CHROMIUM_LAUNCH } from './chromium';

const root = resolve(__dirname, '..');

export interface DesktopApp {
  readonly window: Page;
  /** The next page main opened in "the system browser" (the platform's sign-in page). */
  nextExternalPage(): Promise<Page>;
  /** What main set up for the window, as the OS saw it (harness only: undefined in Electron). */
  readonly recorded?: Recorded;
  close(): Promise<void>;
}

export interface Launcher {
  readonly name: string;
  /** Why it cannot run here, if it cannot. */
  readonly unavailable?: string;
  launch(): Promise<DesktopApp>;
}

/** The Electron binary, if this machine has one (electron 45 downloads it lazily). */
function electronBinary(): string | undefined {
  const pkg = join(root, 'node_modules/electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, readFileSync(pathFile, 'utf8'))
    : join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : undefined;
}

const dataDir = (): string => mkdtempSync(join(tmpdir(), 'glossator-desktop-e2e-'));

const binary = electronBinary();

export const realElectron: Launcher = {
  name: 'real Electron',
  ...(binary
    ? {}
    : {
        unavailable:
          'no Electron binary on this machine (electron 45 downloads it on first run; this network cannot reach its host)',
      }),
  async launch() {
    const app = await electron.launch({
      executablePath: binary,
      args: [root],
      env: { ...process.env, GLOSSATOR_DATA_DIR: dataDir() },
    });
    // The system browser is replaced by a page of a Chromium the test drives.
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { __opened?: string[] }).__opened = opened;
      shell.openExternal = (url: string) => {
        opened.push(url);
        return Promise.resolve();
      };
    });
    const window = await app.firstWindow();
    return {
      window,
      async nextExternalPage() {
        let url: string | undefined;
        for (let i = 0; i < 300 && !url; i++) {
          url = await app.evaluate(() => (globalThis as { __opened?: string[] }).__opened?.shift());
          if (!url) await new Promise((r) => setTimeout(r, 100));
        }
        if (!url) throw new Error('main opened no external page');
        const page = await browser.newPage();
        await page.goto(url);
        return page;
      },
      async close() {
        await app.close();
        await browser.close();
      },
    };
  },
};

export const harnessedMain: Launcher = {
  name: 'harness',
  async launch() {
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    const app = await launchHarness({ browser, dataDir: dataDir() });
    return {
      window: app.window,
      recorded: app.recorded,
      nextExternalPage: () => app.nextExternalPage(),
      async close() {
        await app.close();
        await browser.close();
      },
    };
  },
};
