// `npm run web`: the whole app in a browser, for machines without the Electron binary.
import { join, resolve } from 'node:path';
import { readAppInfo } from '../services/appInfo';
import { createConnectionStatus } from '../services/connectionStatus';
import { resolveDataDir } from '../services/dataDir';
import { createHandlers } from '../services/handlers';
import { createSettingsStore } from '../services/settingsStore';
import { NonLoopbackBindError, startWebHost } from './server';
import { newRunToken } from './token';

const root = resolve(__dirname, '../..');

async function main(): Promise<void> {
  const host = process.env.HOST || '127.0.0.1';
  const port = Number(process.env.PORT ?? 0);
  const dataDir = resolveDataDir();
  const settings = createSettingsStore(dataDir);
  const connection = createConnectionStatus();
  const appInfo = readAppInfo(join(root, 'package.json'), 'web', { node: process.versions.node });

  const webHost = await startWebHost({
    host,
    port,
    rendererDir: join(root, 'out', 'renderer'),
    token: newRunToken(),
    handlersFor: ({ picker, saver }) =>
      createHandlers({ appInfo, settings, connection, picker, saver }),
  });
  settings.onChange((next) => webHost.broadcast('settings:changed', next));
  connection.onChange((state) => webHost.broadcast('connection:changed', state));

  console.log(`listening on ${webHost.url}`);
  console.log(`open ${webHost.appUrl}`);
  console.log(`data dir ${dataDir}`);

  const stop = (): void => {
    void webHost.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof NonLoopbackBindError ? error.message : error);
  process.exit(1);
});
