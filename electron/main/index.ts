// The Electron shell: windows, the app:// protocol, IPC and Electron's own services, handed to
// the workstation (electron/services/workstation.ts), which builds everything else.
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Notification,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { readAppInfo } from '../services/appInfo';
import { startEmbeddedPlatform } from '../services/embedded/embeddedPlatform';
import { startWorkstation, type Workstation } from '../services/workstation';
import { broadcast, registerIpc } from './ipc';
import { electronFilePicker } from './picker';
import { electronFileSaver } from './saver';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { APP_ENTRY_URL, denyAllPermissions, hardenContents, mainWindowOptions } from './security';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (process.env.GLOSSATOR_DATA_DIR) app.setPath('userData', process.env.GLOSSATOR_DATA_DIR);
const dataDir = app.getPath('userData');

let workstation: Workstation | undefined;

app.on('web-contents-created', (_event, contents) => {
  hardenContents(contents, {
    openExternal: (url) => shell.openExternal(url),
    allowedExternalOrigins: () => workstation?.allowedExternalOrigins() ?? [],
  });
});

const appWindows = () => BrowserWindow.getAllWindows().map((window) => window.webContents);

function focusApp(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window?.isMinimized()) window.restore();
  window?.focus();
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/**
 * The embedded platform for development runs (`npm start`) uses the Node.js that npm ran with,
 * so better-sqlite3 stays built for Node. A packaged app is pointed at a platform in Settings.
 */
async function startEmbedded() {
  if (app.isPackaged) return undefined;
  try {
    return await startEmbeddedPlatform({
      root: app.getAppPath(),
      dataDir: join(dataDir, 'platform'),
      nodePath: process.env.npm_node_execpath ?? 'node',
    });
  } catch (error) {
    console.error('the embedded platform did not start', error);
    return undefined;
  }
}

async function ready(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  registerAppProtocol(protocol, join(__dirname, '../renderer'));
  const started = await startWorkstation({
    appInfo: readAppInfo(join(app.getAppPath(), 'package.json'), 'electron', {
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
    }),
    dataDir,
    keyring: safeStorage,
    ...(process.env.GLOSSATOR_PLATFORM_URL
      ? { platformUrlFromEnv: process.env.GLOSSATOR_PLATFORM_URL }
      : {}),
    startEmbeddedPlatform: startEmbedded,
    broadcast: <E extends EventName>(event: E, payload: EventPayload<E>) =>
      broadcast(appWindows, event, payload),
    osNotifications: {
      api: {
        isSupported: () => Notification.isSupported(),
        create: (options) => new Notification(options),
      },
      onClick: focusApp,
    },
  });
  workstation = started;
  app.once('will-quit', () => void started.stop());
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  registerIpc(
    ipcMain,
    started.handlersFor({
      picker: electronFilePicker(dialog, parent),
      saver: electronFileSaver(dialog, parent),
      openExternal: (url) => shell.openExternal(url),
    }),
  );
  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

/** Nothing to show without the services (a bad GLOSSATOR_PLATFORM_URL, say): say why and quit. */
function failedToStart(error: unknown): void {
  console.error('Glossator could not start', error);
  dialog.showErrorBox('Glossator could not start', error instanceof Error ? error.message : '');
  app.quit();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusApp);
  app.whenReady().then(ready).catch(failedToStart);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
