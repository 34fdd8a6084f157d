import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../shared/security/csp';
import {
  APP_ENTRY_URL,
  denyAllPermissions,
  hardenContents,
  isAllowedExternal,
  isAppUrl,
  mainWindowOptions,
  type HardenableContents,
} from './security';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  } as unknown as HardenableContents;
  const fire = (event: string, url = ''): boolean => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }), listeners };
}

describe('main window security baseline', () => {
  it('builds an isolated, sandboxed window without Node', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.js').webPreferences ?? {};
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('serves the app from the app:// scheme, not file://', () => {
    expect(APP_ENTRY_URL).toBe('app://glossator/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://glossator/index.html')).toBe(false);
  });

  it('has a strict CSP: no eval, no remote code, no plugins, no framing', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/https?:/);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('denies every navigation, redirect, webview and popup', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, fire, open } = fakeContents();
    hardenContents(contents, { openExternal, allowedExternalOrigins: () => [] });
    expect(fire('will-navigate', 'https://evil.example.org')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example.org')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open('https://evil.example.org')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('opens only allowlisted links in the system browser', () => {
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, open, fire } = fakeContents();
    hardenContents(contents, {
      openExternal,
      allowedExternalOrigins: () => ['https://platform.example.org'],
    });
    expect(open('https://platform.example.org/projects/1')).toEqual({ action: 'deny' });
    fire('will-navigate', 'https://platform.example.org/help');
    open('https://platform.example.org.evil.com/');
    open('file:///etc/passwd');
    expect(openExternal.mock.calls).toEqual([
      ['https://platform.example.org/projects/1'],
      ['https://platform.example.org/help'],
    ]);
  });

  it('allowlist rules: https to listed origins, http only on loopback, no credentials', () => {
    const allow = [
      'https://platform.example.org',
      'http://127.0.0.1:4000',
      'http://platform.example.org',
    ];
    expect(isAllowedExternal('https://platform.example.org/x', allow)).toBe(true);
    expect(isAllowedExternal('http://127.0.0.1:4000/oidc/auth', allow)).toBe(true);
    expect(isAllowedExternal('http://127.0.0.1:4001/', allow)).toBe(false);
    expect(isAllowedExternal('http://platform.example.org/', allow)).toBe(false);
    expect(isAllowedExternal('https://a:b@platform.example.org/', allow)).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)', allow)).toBe(false);
    expect(isAllowedExternal('not a url', allow)).toBe(false);
  });

  it('denies every permission request and check', () => {
    let requestHandler:
      ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (requestHandler = h),
      setPermissionCheckHandler: (h) => (checkHandler = h),
    });
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler?.({}, 'media')).toBe(false);
  });
});
