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
import { startEmbeddedPlatform, type EmbeddedPlatform } from '../services/embeddedPlatform';
import { createPlatformRuntime } from '../services/platform/runtime';
import { createTokenVault } from '../services/tokenVault';
import { readAppInfo } from '../services/appInfo';
import { createConnectionStatus } from '../services/connectionStatus';
import { createHandlers } from '../services/handlers';
import { createOsNotifier } from '../services/notifications';
import { createSettingsStore } from '../services/settingsStore';
import { broadcast, registerIpc } from './ipc';
import { electronFilePicker } from './picker';
import { electronFileSaver } from './saver';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import {
  APP_ENTRY_URL,
  denyAllPermissions,
  hardenContents,
  isAllowedExternal,
  mainWindowOptions,
} from './security';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (process.env.GLOSSATOR_DATA_DIR) app.setPath('userData', process.env.GLOSSATOR_DATA_DIR);
const dataDir = app.getPath('userData');

const settings = createSettingsStore(dataDir);
const connection = createConnectionStatus();

async function allowedExternalOrigins(): Promise<string[]> {
  const { platformUrl } = await settings.get();
  return platformUrl ? [platformUrl] : [];
}
let externalOrigins: string[] = [];

app.on('web-contents-created', (_event, contents) => {
  hardenContents(contents, {
    openExternal: (url) => shell.openExternal(url),
    allowedExternalOrigins: () => externalOrigins,
  });
});

/**
 * The embedded platform for development runs (`npm start`) uses the Node.js that npm ran with,
 * so better-sqlite3 stays built for Node. A packaged app is pointed at a platform in Settings.
 */
async function startEmbedded(): Promise<EmbeddedPlatform | undefined> {
  if (app.isPackaged || process.env.GLOSSATOR_PLATFORM_URL) return undefined;
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

function appWindows() {
  return BrowserWindow.getAllWindows().map((window) => window.webContents);
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    registerAppProtocol(protocol, join(__dirname, '../renderer'));
    externalOrigins = await allowedExternalOrigins();
    const appInfo = readAppInfo(join(app.getAppPath(), 'package.json'), 'electron', {
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
    });
    const embedded = await startEmbedded();
    if (embedded) externalOrigins = [...externalOrigins, embedded.url];
    const openExternal = (url: string): Promise<void> => shell.openExternal(url);
    const osNotifier = createOsNotifier(
      {
        isSupported: () => Notification.isSupported(),
        create: (options) => new Notification(options),
      },
      () => {
        const [window] = BrowserWindow.getAllWindows();
        if (window?.isMinimized()) window.restore();
        window?.focus();
      },
    );
    const platform = createPlatformRuntime({
      settings,
      embeddedUrl: () => embedded?.url,
      vault: createTokenVault(join(dataDir, 'refresh-token'), safeStorage),
      openExternal,
      connection,
      appVersion: appInfo.version,
      onPoke: (projectId) => broadcast(appWindows, 'platform:poke', { projectId }),
      onNotification: (note) => {
        broadcast(appWindows, 'platform:notification', note);
        osNotifier.notify(note);
      },
      onAuthChanged: (status) => broadcast(appWindows, 'auth:changed', status),
    });
    void platform.auth.restore();
    app.once('will-quit', () => {
      platform.stop();
      void embedded?.stop();
    });
    const handlers = createHandlers({
      appInfo,
      platform,
      openExternal: (url) =>
        isAllowedExternal(url, externalOrigins)
          ? openExternal(url)
          : Promise.reject(new Error('not allowed')),
      settings,
      connection,
      picker: electronFilePicker(dialog, () => BrowserWindow.getFocusedWindow() ?? undefined),
      saver: electronFileSaver(dialog, () => BrowserWindow.getFocusedWindow() ?? undefined),
    });
    registerIpc(ipcMain, handlers);
    settings.onChange((next) => {
      externalOrigins = next.platformUrl ? [next.platformUrl] : [];
      broadcast(appWindows, 'settings:changed', next);
    });
    connection.onChange((state) => broadcast(appWindows, 'connection:changed', state));
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
