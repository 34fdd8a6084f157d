import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnectionStatus } from '../electron/services/connectionStatus';
import { createPlatformRuntime, type PlatformRuntime } from '../electron/services/platform/runtime';
import { createSettingsStore } from '../electron/services/settingsStore';
import { createTokenVault } from '../electron/services/tokenVault';
import { FormBrowser } from '../testing/formBrowser';
import { startLoopbackProxy, type LoopbackProxy } from '../testing/chaos/loopbackProxy';
import { startChild, type Child } from '../testing/chaos/processes';
import { DEMO_EXPERT } from './pages/SignInFlow';
import { startWebHostProcess, type RunningWebHost } from './webHostProcess';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Walks the provider's real login and consent pages, as the system browser would. */
async function signInAsDemoExpert(url: string): Promise<void> {
  const browser = new FormBrowser((next) => next.pathname === '/callback');
  let step = await browser.go(url);
  for (let i = 0; i < 4 && !(step instanceof URL); i++)
    step = await browser.submit(step, /name="email"/.test(step.body) ? { ...DEMO_EXPERT } : {});
  if (!(step instanceof URL)) throw new Error(`sign-in stopped at ${step.url}`);
  await fetch(step);
}

export interface PlatformSetup {
  /** Between the web host and the platform: cut it to make the platform unreachable. */
  readonly proxy: LoopbackProxy;
  readonly webHost: RunningWebHost;
  /** An API client of the demo expert's own (another device), to read what the platform holds. */
  readonly api: PlatformRuntime;
  stop(): Promise<void>;
}

/**
 * The real platform (`server/src/main.ts`, seeded demo) behind a loopback proxy, and a web host
 * pointed at the proxy. Cutting the proxy is what going offline looks like to the app's services:
 * their requests to the platform fail, while the page still reaches the web host on loopback.
 */
export async function startPlatformBehindProxy(): Promise<PlatformSetup> {
  const dir = mkdtempSync(join(tmpdir(), 'glossator-e2e-sync-'));
  const proxy = await startLoopbackProxy({});
  const port = await freePort();
  const platform: Child = startChild('server/src/main.ts', {
    HOST: '127.0.0.1',
    PORT: String(port),
    GLOSSATOR_DATA_DIR: join(dir, 'platform'),
    GLOSSATOR_PUBLIC_URL: proxy.url,
    DATABASE_URL: '',
  });
  await platform.waitFor(/^listening on /, 120_000);
  proxy.setTarget(`http://127.0.0.1:${port}`);
  const webHost = await startWebHostProcess({ GLOSSATOR_PLATFORM_URL: proxy.url });
  const api = createPlatformRuntime({
    settings: createSettingsStore(join(dir, 'verifier')),
    defaultUrl: () => proxy.url,
    vault: createTokenVault(join(dir, 'verifier', 'refresh-token'), undefined),
    openExternal: signInAsDemoExpert,
    connection: createConnectionStatus(),
    appVersion: '0.1.0',
    onPoke: () => undefined,
    onAuthChanged: () => undefined,
  });
  await api.auth.signIn();
  return {
    proxy,
    webHost,
    api,
    async stop() {
      api.stop();
      await webHost.stop();
      await platform.kill();
      await proxy.close();
    },
  };
}
