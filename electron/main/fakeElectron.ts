/**
 * The slice of Electron's main-process API that electron/main/index.ts uses, as plain Node, so a
 * test can run the real main module (`vi.mock('electron', …)`) where the Electron binary cannot
 * be downloaded. It records what main registers (IPC handler, app events, windows) and lets the
 * test play the parts Electron and the user would: a page calling over IPC, a link being opened,
 * the app quitting.
 */
import { EventEmitter } from 'node:events';
import type { SafeStorageLike } from '../services/tokenVault';

type Listener = (...args: never[]) => unknown;
type InvokeHandler = (event: unknown, channel: unknown, request: unknown) => Promise<unknown>;

class FakeEmitter {
  protected readonly emitter = new EventEmitter();
  on(event: string, listener: Listener): this {
    this.emitter.on(event, listener as (...args: unknown[]) => void);
    return this;
  }
  once(event: string, listener: Listener): this {
    this.emitter.once(event, listener as (...args: unknown[]) => void);
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    return this.emitter.emit(event, ...args);
  }
}

export class FakeWebContents extends FakeEmitter {
  private static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler?: (details: { url: string }) => { action: 'deny' };
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
}

export const state = {
  userData: '',
  appPath: '',
  invoke: undefined as InvokeHandler | undefined,
  windows: [] as FakeBrowserWindow[],
  opened: [] as string[],
  /** Error boxes main showed. */
  errors: [] as string[],
  /** What the system browser does with a URL main opens (a test walks the sign-in pages). */
  browser: (_url: string): Promise<void> => Promise.resolve(),
};

class FakeApp extends FakeEmitter {
  isPackaged = false;
  enableSandbox(): void {}
  setPath(name: string, path: string): void {
    if (name === 'userData') state.userData = path;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`no path ${name} in the fake`);
    return state.userData;
  }
  getAppPath(): string {
    return state.appPath;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.emit('will-quit');
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  loadedUrl?: string;
  constructor(readonly options: unknown) {
    super();
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {}
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  static getAllWindows(): FakeBrowserWindow[] {
    return state.windows;
  }
  static getFocusedWindow(): FakeBrowserWindow | undefined {
    return state.windows[0];
  }
}

class FakeNotification extends FakeEmitter {
  static isSupported(): boolean {
    return false;
  }
  show(): void {}
}

/** A keyring whose "encryption" is reversible by the test: it is the vault, not the OS, under test. */
export const safeStorage: SafeStorageLike = {
  isAsyncEncryptionAvailable: () => Promise.resolve(true),
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: (text) => Promise.resolve(Buffer.from(`enc:${text}`)),
  decryptStringAsync: (data) =>
    Promise.resolve({ result: data.toString().replace(/^enc:/, ''), shouldReEncrypt: false }),
};

export const app = new FakeApp();

export const fakeElectronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  Notification: FakeNotification,
  dialog: {
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showErrorBox: (title: string, content: string) => state.errors.push(`${title}: ${content}`),
  },
  ipcMain: {
    handle(channel: string, handler: InvokeHandler): void {
      if (channel === 'glossator:invoke') state.invoke = handler;
    },
  },
  protocol: { registerSchemesAsPrivileged(): void {}, handle(): void {} },
  safeStorage,
  session: {
    defaultSession: {
      setPermissionRequestHandler(): void {},
      setPermissionCheckHandler(): void {},
    },
  },
  shell: {
    openExternal(url: string): Promise<void> {
      state.opened.push(url);
      return state.browser(url);
    },
  },
};

/** Calls main over IPC as the app's own page does (top frame, app:// origin). */
export async function invokeAsPage(channel: string, request: unknown): Promise<unknown> {
  if (!state.invoke) throw new Error('main has not registered its IPC handler yet');
  const [window] = state.windows;
  return state.invoke(
    {
      senderFrame: { url: 'app://glossator/index.html', parent: null },
      sender: window?.webContents,
    },
    channel,
    request,
  );
}
