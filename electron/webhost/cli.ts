// `npm run web`: the whole app in a browser, for machines without the Electron binary.
import { join, resolve } from 'node:path';
import { isAllowedExternal } from '../main/security';
import { readAppInfo } from '../services/appInfo';
import { createConnectionStatus } from '../services/connectionStatus';
import { resolveDataDir } from '../services/dataDir';
import { startEmbeddedPlatform, type EmbeddedPlatform } from '../services/embeddedPlatform';
import { createHandlers } from '../services/handlers';
import { createPlatformRuntime } from '../services/platform/runtime';
import { createSettingsStore } from '../services/settingsStore';
import { createTokenVault } from '../services/tokenVault';
import { NonLoopbackBindError, startWebHost, type WebHost } from './server';
import { newRunToken } from './token';

const root = resolve(__dirname, '../..');

async function main(): Promise<void> {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT ?? 0);
  const dataDir = resolveDataDir();
  const settings = createSettingsStore(dataDir);
  const connection = createConnectionStatus();
  const appInfo = readAppInfo(join(root, 'package.json'), 'web', { node: process.versions.node });

  // The platform: the one GLOSSATOR_PLATFORM_URL names, or our own on loopback.
  let embedded: EmbeddedPlatform | undefined;
  const external = process.env.GLOSSATOR_PLATFORM_URL;
  if (!external) {
    embedded = await startEmbeddedPlatform({
      root,
      dataDir: join(dataDir, 'platform'),
      nodePath: process.execPath,
    });
  }
  const embeddedUrl = (): string | undefined => external || embedded?.url;

  // The host is created after the runtime that broadcasts through it.
  const hostRef: { current?: WebHost } = {};
  const platform = createPlatformRuntime({
    settings,
    embeddedUrl,
    // The web host keeps no token on disk: there is no OS keyring to protect it with here.
    vault: createTokenVault(join(dataDir, 'refresh-token'), undefined),
    openExternal: () => Promise.reject(new Error('sign-in opens in the page that asked for it')),
    connection,
    appVersion: appInfo.version,
    onPoke: (projectId) => hostRef.current?.broadcast('platform:poke', { projectId }),
    // No OS notifications from a browser tab's host: the page shows them in the app.
    onNotification: (note) => hostRef.current?.broadcast('platform:notification', note),
    onAuthChanged: (status) => hostRef.current?.broadcast('auth:changed', status),
  });

  // Memory-only vault: nothing survives a restart of the web host, but a page reload keeps the
  // session this process holds; restore() is the same start-up step the Electron app takes.
  void platform.auth.restore();

  const webHost = await startWebHost({
    host,
    port,
    rendererDir: join(root, 'out', 'renderer'),
    token: newRunToken(),
    handlersFor: (page) =>
      createHandlers({
        appInfo,
        settings,
        connection,
        picker: page.picker,
        saver: page.saver,
        platform,
        openExternal: async (url) => {
          const base = await platform.baseUrl();
          if (!base || !isAllowedExternal(url, [base]))
            throw new Error('refusing to open a URL outside the platform');
          await page.openExternal(url);
        },
      }),
  });
  hostRef.current = webHost;
  const broadcastTo = webHost;
  settings.onChange((next) => broadcastTo.broadcast('settings:changed', next));
  connection.onChange((state) => broadcastTo.broadcast('connection:changed', state));

  console.log(`listening on ${webHost.url}`);
  console.log(`open ${webHost.appUrl}`);
  console.log(`platform ${embeddedUrl() ?? 'none'}`);
  console.log(`data dir ${dataDir}`);

  const stop = (): void => {
    platform.stop();
    void Promise.all([broadcastTo.close(), embedded?.stop()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof NonLoopbackBindError ? error.message : error);
  process.exit(1);
});
