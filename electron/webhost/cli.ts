// `npm run web`: the whole app in a browser, for machines without the Electron binary.
import { join, resolve } from 'node:path';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { readAppInfo } from '../services/appInfo';
import { resolveDataDir } from '../services/dataDir';
import { startEmbeddedPlatform } from '../services/embedded/embeddedPlatform';
import { startWorkstation } from '../services/workstation';
import { processLifetime, type Lifetime } from './lifetime';
import { isLoopbackHost } from './loopback';
import { NonLoopbackBindError, startWebHost, type WebHost } from './server';
import { newRunToken } from './token';

const root = resolve(__dirname, '../..');

async function main(lifetime: Lifetime): Promise<void> {
  const host = process.env.HOST || '127.0.0.1';
  // Refused before anything starts: nothing is left to stop.
  if (!isLoopbackHost(host)) throw new NonLoopbackBindError(host);
  const port = Number(process.env.PORT ?? 0);
  const dataDir = resolveDataDir();

  // The page connections exist only once the host listens; events before that have no one to go to.
  const pages: { host?: WebHost } = {};
  const workstation = await startWorkstation({
    appInfo: readAppInfo(join(root, 'package.json'), 'web', { node: process.versions.node }),
    dataDir,
    // The web host keeps no token on disk: there is no OS keyring to protect it with here.
    keyring: undefined,
    ...(process.env.GLOSSATOR_PLATFORM_URL
      ? { platformUrlFromEnv: process.env.GLOSSATOR_PLATFORM_URL }
      : {}),
    startEmbeddedPlatform: () =>
      startEmbeddedPlatform({
        root,
        dataDir: join(dataDir, 'platform'),
        nodePath: process.execPath,
        signal: lifetime.signal,
      }),
    broadcast: <E extends EventName>(event: E, payload: EventPayload<E>) =>
      pages.host?.broadcast(event, payload),
  });
  lifetime.defer(() => workstation.stop());

  const webHost = await startWebHost({
    host,
    port,
    rendererDir: join(root, 'out', 'renderer'),
    token: newRunToken(),
    // Each page brings its own file chooser, download and tab for sign-in.
    handlersFor: (page) => workstation.handlersFor(page),
  });
  pages.host = webHost;
  lifetime.defer(() => webHost.close());

  console.log(`listening on ${webHost.url}`);
  console.log(`open ${webHost.appUrl}`);
  console.log(`platform ${workstation.defaultPlatformUrl ?? 'none'}`);
  console.log(`data dir ${dataDir}`);
}

const lifetime = processLifetime(process, {
  log: (reason) => console.error(reason instanceof NonLoopbackBindError ? reason.message : reason),
});
// An error after ending began (a platform stopped while starting) is the ending, not news.
main(lifetime).catch((error: unknown) =>
  lifetime.end(1, lifetime.signal.aborted ? undefined : error),
);
