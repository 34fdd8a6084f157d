import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { isAllowedExternal } from '../services/externalLinks';

export const APP_SCHEME = 'app';
export const APP_HOST = 'glossator';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The renderer's web preferences: isolated, sandboxed, no Node, nothing experimental. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Glossator',
    backgroundColor: '#1e1f22',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** True when a URL is the app's own page (the only thing a window may show). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export { isAllowedExternal };

/** Only what Electron API the hardening needs, so a test can pass fakes. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void;
}

export interface HardeningDeps {
  readonly openExternal: (url: string) => Promise<void>;
  readonly allowedExternalOrigins: () => readonly string[];
}

/** Deny every navigation, popup and webview; open allowlisted links in the system browser instead. */
export function hardenContents(contents: HardenableContents, deps: HardeningDeps): void {
  const openIfAllowed = (url: string): void => {
    if (isAllowedExternal(url, deps.allowedExternalOrigins())) void deps.openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openIfAllowed(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications-by-web-API, geolocation, etc.: the app asks for none. */
export function denyAllPermissions(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
