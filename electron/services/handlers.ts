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
    // Through the runtime: a new platform address first ends the session with the old platform.
    'settings:set': (patch) => deps.platform.updateSettings(patch),
    'connection:get': () => Promise.resolve(deps.connection.get()),
    'files:open': () => openUserFile(deps.picker),
    'files:save': async (request) => ({ status: await deps.saver.save(request) }),
    'auth:status': () => deps.platform.status(),
    'auth:signIn': () => deps.platform.signIn(deps.openExternal),
    'auth:signOut': () => deps.platform.signOut(),
    'platform:call': (request) =>
      deps.platform.client.call(request.op, request.params, request.body),
  };
}
