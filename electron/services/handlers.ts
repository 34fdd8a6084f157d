import type { AppInfo, Handlers } from '../../shared/ipc/contract';
import type { ConnectionStatus } from './connectionStatus';
import { openUserFile, pickAndReadDocument, type FilePicker } from './fileImport';
import type { FileSaver } from './fileSaver';
import type { PlatformRuntime } from './platform/runtime';
import type { SettingsStore } from './settingsStore';

export interface ServiceDeps {
  readonly appInfo: AppInfo;
  readonly settings: SettingsStore;
  readonly picker: FilePicker;
  readonly saver: FileSaver;
  readonly connection: ConnectionStatus;
  readonly platform: PlatformRuntime;
  /** Opens a URL for sign-in: the system browser (Electron) or a tab of the calling page (web host). */
  readonly openExternal: (url: string) => Promise<void>;
}

/** The contract's implementation, shared by the Electron main process and the web host. */
export function createHandlers(deps: ServiceDeps): Handlers {
  return {
    'app:info': () => Promise.resolve(deps.appInfo),
    'documents:pickAndImport': () => pickAndReadDocument(deps.picker),
    'settings:get': () => deps.settings.get(),
    'settings:set': (patch) => deps.settings.set(patch),
    'connection:get': () => Promise.resolve(deps.connection.get()),
    'files:open': () => openUserFile(deps.picker),
    'files:save': async (request) => ({ status: await deps.saver.save(request) }),
    'auth:status': () => deps.platform.status(),
    'auth:signIn': async () => {
      await deps.platform.auth.signIn(deps.openExternal);
      return deps.platform.status();
    },
    'auth:signOut': async () => {
      await deps.platform.auth.signOut();
      return deps.platform.status();
    },
    'platform:call': (request) =>
      deps.platform.client.call(request.op, request.params, request.body),
  };
}
