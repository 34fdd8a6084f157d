import { test as base, expect, type Page } from '@playwright/test';
import { AppShellPage } from './pages/AppShellPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { startWebHostProcess, type RunningWebHost } from './webHostProcess';

interface PageProblems {
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
  /** Console errors a test expects (e.g. pdf.js reporting the broken file the test feeds it). */
  readonly allowConsole: RegExp[];
}

interface Fixtures {
  problems: PageProblems;
  shell: AppShellPage;
  documents: DocumentsPage;
}

interface WorkerFixtures {
  webHost: RunningWebHost;
}

function isLoopback(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  const { protocol, hostname } = new URL(url);
  return (
    (protocol === 'http:' || protocol === 'ws:') &&
    ['127.0.0.1', 'localhost', '[::1]'].includes(hostname)
  );
}

/**
 * Each test gets a fresh browser context (empty IndexedDB) against one web host per worker, and
 * fails if the page logs an error or makes any request that leaves this machine.
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  webHost: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startWebHostProcess();
      await use(host);
      await host.stop();
    },
    { scope: 'worker' },
  ],
  problems: async ({ page }, use) => {
    const problems: PageProblems = { consoleErrors: [], foreignRequests: [], allowConsole: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
    page.on('request', (request) => {
      if (!isLoopback(request.url())) problems.foreignRequests.push(request.url());
    });
    await use(problems);
    expect(problems.foreignRequests, 'requests that left the machine').toEqual([]);
    const unexpected = problems.consoleErrors.filter(
      (text) => !problems.allowConsole.some((re) => re.test(text)),
    );
    expect(unexpected, 'console errors').toEqual([]);
  },
  shell: async ({ page, webHost, problems }, use) => {
    void problems;
    const shell = new AppShellPage(page);
    await shell.open(webHost.appUrl);
    await use(shell);
  },
  documents: async ({ page, shell }, use) => {
    await shell.goTo('Documents');
    await use(new DocumentsPage(page));
  },
});

export { expect };
export type { Page };
