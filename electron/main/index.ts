import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { readAppInfo } from '../services/appInfo';
import { createConnectionStatus } from '../services/connectionStatus';
import { createHandlers } from '../services/handlers';
import { createSettingsStore } from '../services/settingsStore';
import { broadcast, registerIpc } from './ipc';
import { electronFilePicker } from './picker';
import { electronFileSaver } from './saver';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { APP_ENTRY_URL, denyAllPermissions, hardenContents, mainWindowOptions } from './security';

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
    const handlers = createHandlers({
      appInfo: readAppInfo(join(app.getAppPath(), 'package.json'), 'electron', {
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
      }),
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
