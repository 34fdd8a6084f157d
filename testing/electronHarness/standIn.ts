/**
 * An `electron` module for running the built main process (out/main) in Node, where no Electron
 * binary can be had. Each BrowserWindow is a real Chromium page (Playwright): the app:// protocol
 * handler main registers serves it, the built preload runs here with a contextBridge and an
 * ipcRenderer carried over page bindings to the handlers main registered on ipcMain, and what the
 * OS would do (shell, dialogs, notifications, safeStorage, permission handlers) is recorded.
 * It stands in for Electron's plumbing only: every line of main and preload that runs is ours.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { startProtocolServer, type ProtocolHandler, type ProtocolServer } from './protocolServer';
import { installPageBridge, type ExposedBridge } from './pageBridge';

export interface Recorded {
  readonly windowOptions: unknown[];
  readonly privilegedSchemes: unknown[];
  sandboxEnabled: boolean;
  readonly externalUrls: string[];
  readonly notifications: { title: string; body: string }[];
  readonly dialogs: { kind: 'open' | 'save'; options: unknown }[];
  readonly safeStorageCalls: string[];
  permissionRequestHandler?: (
    contents: unknown,
    permission: string,
    cb: (ok: boolean) => void,
  ) => void;
  permissionCheckHandler?: (...args: unknown[]) => boolean;
}

export interface StandInOptions {
  readonly context: BrowserContext;
  readonly appPath: string;
  readonly userData: string;
  /** What the system browser does with a URL main opens (the launcher opens it in a tab). */
  readonly openExternal: (url: string) => Promise<void>;
  /** Paths the next open dialogs return, in order; an empty queue cancels. */
  readonly openDialogAnswers?: string[];
  readonly saveDialogAnswers?: string[];
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

let nextContentsId = 1;
const load = createRequire(__filename);

export function createElectronStandIn(options: StandInOptions) {
  const recorded: Recorded = {
    windowOptions: [],
    privilegedSchemes: [],
    sandboxEnabled: false,
    externalUrls: [],
    notifications: [],
    dialogs: [],
    safeStorageCalls: [],
  };
  const appEvents = new EventEmitter();
  const paths = new Map<string, string>([['userData', options.userData]]);
  const ipcHandlers = new Map<string, IpcHandler>();
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const windows: WindowStandIn[] = [];
  let server: ProtocolServer | undefined;
  let preloadTarget: WindowStandIn | undefined;
  const openAnswers = [...(options.openDialogAnswers ?? [])];
  const saveAnswers = [...(options.saveDialogAnswers ?? [])];

  function runAs<T>(window: WindowStandIn, work: () => T): T {
    preloadTarget = window;
    try {
      return work();
    } finally {
      preloadTarget = undefined;
    }
  }

  async function protocolServer(): Promise<ProtocolServer> {
    server ??= await startProtocolServer(protocolHandlers);
    return server;
  }

  class WebContentsStandIn extends EventEmitter {
    readonly id = nextContentsId++;
    private destroyed = false;
    windowOpenHandler?: (details: { url: string }) => { action: string };
    readonly rendererListeners = new Map<
      string,
      Set<(event: unknown, ...args: unknown[]) => void>
    >();
    constructor(readonly owner: WindowStandIn) {
      super();
    }
    send(channel: string, ...args: unknown[]): void {
      for (const listener of this.rendererListeners.get(channel) ?? [])
        listener({ sender: this }, ...args);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    destroy(): void {
      this.destroyed = true;
    }
  }

  class WindowStandIn extends EventEmitter {
    readonly webContents: WebContentsStandIn;
    readonly page: Promise<Page>;
    bridge?: ExposedBridge;
    private shown = false;
    constructor(windowOptions: { webPreferences?: { preload?: string } }) {
      super();
      recorded.windowOptions.push(windowOptions);
      this.webContents = new WebContentsStandIn(this);
      windows.push(this);
      appEvents.emit('web-contents-created', {}, this.webContents);
      const preload = windowOptions.webPreferences?.preload;
      if (preload) {
        // The built preload runs once per window, its `electron` bound to this window.
        runAs(this, () => {
          delete load.cache[load.resolve(preload)];
          load(preload);
        });
      }
      this.page = options.context.newPage().then(async (page) => {
        await installPageBridge(page, {
          bridge: this.bridge,
          // The preload's functions run from the page later: tell ipcRenderer whose they are.
          callAs: (work) => runAs(this, work),
          onNavigate: (url) => this.allowNavigation(url),
          onWindowOpen: (url) => this.webContents.windowOpenHandler?.({ url })?.action === 'allow',
        });
        return page;
      });
    }
    static getAllWindows(): WindowStandIn[] {
      return windows.filter((w) => !w.webContents.isDestroyed());
    }
    static getFocusedWindow(): WindowStandIn | null {
      return WindowStandIn.getAllWindows()[0] ?? null;
    }
    private allowNavigation(url: string): boolean {
      let prevented = false;
      this.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return !prevented;
    }
    async loadURL(url: string): Promise<void> {
      const page = await this.page;
      await page.goto((await protocolServer()).toHttp(url));
      this.emit('ready-to-show');
    }
    show(): void {
      this.shown = true;
    }
    isVisible(): boolean {
      return this.shown;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
    async close(): Promise<void> {
      this.webContents.destroy();
      await (await this.page).close();
      this.emit('closed');
    }
  }

  /** The invoke side: main's ipcMain handler, called with the frame the page really shows. */
  async function invokeFromWindow(window: WindowStandIn, channel: string, args: unknown[]) {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const page = await window.page;
    const url = (await protocolServer()).toApp(page.url());
    return handler({ sender: window.webContents, senderFrame: { url, parent: null } }, ...args);
  }

  const electron = {
    app: Object.assign(appEvents, {
      isPackaged: false,
      enableSandbox: () => void (recorded.sandboxEnabled = true),
      getPath: (name: string) => paths.get(name) ?? options.userData,
      setPath: (name: string, value: string) => void paths.set(name, value),
      getAppPath: () => options.appPath,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      quit: () => void quit(),
      exit: () => void quit(),
    }),
    BrowserWindow: WindowStandIn,
    ipcMain: {
      handle: (channel: string, handler: IpcHandler) => void ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => void ipcHandlers.delete(channel),
    },
    ipcRenderer: {
      invoke(channel: string, ...args: unknown[]): Promise<unknown> {
        const window = preloadOwner();
        return invokeFromWindow(window, channel, args);
      },
      on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
        const window = preloadOwner();
        const set = window.webContents.rendererListeners.get(channel) ?? new Set();
        set.add(listener);
        window.webContents.rendererListeners.set(channel, set);
        return electron.ipcRenderer;
      },
      removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
        for (const window of windows)
          window.webContents.rendererListeners.get(channel)?.delete(listener);
        return electron.ipcRenderer;
      },
    },
    contextBridge: {
      exposeInMainWorld(name: string, api: ExposedBridge): void {
        if (name !== 'glossator')
          throw new Error(`the harness exposes only window.glossator, not ${name}`);
        const window = preloadTarget;
        if (!window) throw new Error('contextBridge used outside a preload');
        window.bridge = api;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) =>
        void recorded.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: ProtocolHandler) =>
        void protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Recorded['permissionRequestHandler']) =>
          void (recorded.permissionRequestHandler = h),
        setPermissionCheckHandler: (h: Recorded['permissionCheckHandler']) =>
          void (recorded.permissionCheckHandler = h),
      },
    },
    shell: {
      async openExternal(url: string): Promise<void> {
        recorded.externalUrls.push(url);
        await options.openExternal(url);
      },
    },
    dialog: {
      showOpenDialog(...args: unknown[]) {
        recorded.dialogs.push({ kind: 'open', options: args.at(-1) });
        const path = openAnswers.shift();
        return Promise.resolve({ canceled: !path, filePaths: path ? [path] : [] });
      },
      showSaveDialog(...args: unknown[]) {
        recorded.dialogs.push({ kind: 'save', options: args.at(-1) });
        const filePath = saveAnswers.shift();
        return Promise.resolve({ canceled: !filePath, ...(filePath ? { filePath } : {}) });
      },
    },
    Notification: class NotificationStandIn extends EventEmitter {
      static isSupported(): boolean {
        return true;
      }
      constructor(private readonly note: { title: string; body: string }) {
        super();
      }
      show(): void {
        recorded.notifications.push({ title: this.note.title, body: this.note.body });
      }
    },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync(text: string): Promise<Buffer> {
        recorded.safeStorageCalls.push('encrypt');
        return Promise.resolve(Buffer.from(`harness:${Buffer.from(text).toString('base64')}`));
      },
      decryptStringAsync(data: Buffer) {
        recorded.safeStorageCalls.push('decrypt');
        const text = data.toString();
        if (!text.startsWith('harness:')) return Promise.reject(new Error('not ours'));
        const result = Buffer.from(text.slice('harness:'.length), 'base64').toString();
        return Promise.resolve({ result, shouldReEncrypt: false });
      },
    },
  };

  function preloadOwner(): WindowStandIn {
    if (!preloadTarget) throw new Error('ipcRenderer used outside a window');
    return preloadTarget;
  }

  let quitting: Promise<void> | undefined;
  function quit(): Promise<void> {
    quitting ??= (async () => {
      let prevented = false;
      appEvents.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      appEvents.emit('will-quit', { preventDefault: () => undefined });
      for (const window of [...windows]) await window.close().catch(() => undefined);
      appEvents.emit('window-all-closed');
      appEvents.emit('quit');
      await server?.close();
    })();
    return quitting;
  }

  return {
    electron,
    recorded,
    quit,
    windows: () => WindowStandIn.getAllWindows(),
    firstWindowPage: async (): Promise<Page> => {
      for (let i = 0; i < 600 && windows.length === 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const window = windows[0];
      if (!window) throw new Error('main opened no window in 30 s');
      return window.page;
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
