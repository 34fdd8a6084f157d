/**
 * Carries the object the built preload exposed (contextBridge.exposeInMainWorld) into a Chromium
 * page as `window.glossator`, the way Electron's context bridge does: the page gets a frozen
 * object with the same keys whose functions call the real ones here. Function arguments (event
 * listeners) and function results (unsubscribe) cross as handles; bytes cross as base64.
 */
import type { Page } from 'playwright-core';

export type ExposedBridge = Record<string, unknown>;

export interface PageBridgeOptions {
  readonly bridge: ExposedBridge | undefined;
  /** Runs a call of the preload's functions on behalf of this window. */
  readonly callAs: <T>(work: () => T) => T;
  /** Asked before the page navigates away from the app (Electron's will-navigate). */
  readonly onNavigate: (url: string) => boolean;
  /** Asked when the page calls window.open (Electron's window open handler). */
  readonly onWindowOpen: (url: string) => boolean;
}

type Wire = unknown;

function encode(value: unknown): Wire {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: Wire, callback: (id: number) => (...args: unknown[]) => void): unknown {
  if (Array.isArray(value)) return value.map((v) => decode(v, callback));
  if (value && typeof value === 'object') {
    const tagged = value as { __bytes?: string; __callback?: number };
    if (typeof tagged.__bytes === 'string')
      return new Uint8Array(Buffer.from(tagged.__bytes, 'base64'));
    if (typeof tagged.__callback === 'number') return callback(tagged.__callback);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v, callback)]));
  }
  return value;
}

/** The page side, as a string: it runs before any of the app's scripts. */
function pageShim(keys: readonly string[]): void {
  type Binding = (op: string, ...args: unknown[]) => Promise<unknown>;
  const w = window as unknown as Record<string, unknown> & { __harnessBridge: Binding };
  const callbacks = new Map<number, (...args: unknown[]) => void>();
  let nextCallback = 1;
  const encodeArg = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const id = nextCallback++;
      callbacks.set(id, value as (...args: unknown[]) => void);
      return { __callback: id };
    }
    if (value instanceof Uint8Array) {
      let binary = '';
      for (const byte of value) binary += String.fromCharCode(byte);
      return { __bytes: btoa(binary) };
    }
    if (Array.isArray(value)) return value.map(encodeArg);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeArg(v)]));
    return value;
  };
  const decodeResult = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decodeResult);
    if (value && typeof value === 'object') {
      const tagged = value as { __bytes?: string; __function?: number };
      if (typeof tagged.__bytes === 'string')
        return Uint8Array.from(atob(tagged.__bytes), (c) => c.charCodeAt(0));
      if (typeof tagged.__function === 'number') {
        const id = tagged.__function;
        return () => void w.__harnessBridge('callReturned', id);
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeResult(v)]));
    }
    return value;
  };
  // A listener's return handle must be usable synchronously (`const off = on(…)`).
  const syncHandle = (promise: Promise<unknown>) => () =>
    void promise.then((result) => (decodeResult(result) as (() => void) | undefined)?.());
  const bridge: Record<string, unknown> = {};
  for (const key of keys)
    bridge[key] = (...args: unknown[]) => {
      const hasListener = args.some((a) => typeof a === 'function');
      const call = w.__harnessBridge('call', key, ...args.map(encodeArg));
      return hasListener ? syncHandle(call) : call.then(decodeResult);
    };
  Object.defineProperty(window, 'glossator', { value: Object.freeze(bridge), enumerable: true });
  Object.defineProperty(window, '__harnessDeliver', {
    value: (id: number, payload: unknown) => callbacks.get(id)?.(decodeResult(payload)),
  });
  window.open = (url?: string | URL) => {
    void w.__harnessBridge('windowOpen', String(url ?? ''));
    return null;
  };
}

export async function installPageBridge(page: Page, options: PageBridgeOptions): Promise<void> {
  const returned = new Map<number, () => unknown>();
  let nextReturned = 1;
  const bridge = options.bridge;
  await page.exposeBinding('__harnessBridge', async (_source, op: string, ...args: Wire[]) => {
    if (op === 'windowOpen') return options.onWindowOpen(String(args[0]));
    if (op === 'callReturned') return returned.get(Number(args[0]))?.();
    if (op !== 'call' || !bridge) throw new Error(`unknown bridge operation ${op}`);
    const fn = bridge[String(args[0])];
    if (typeof fn !== 'function')
      throw new Error(`window.glossator.${String(args[0])} is not a function`);
    const decoded = args
      .slice(1)
      .map((arg) =>
        decode(
          arg,
          (id) => (payload: unknown) =>
            void page
              .evaluate(
                ([i, p]) =>
                  (
                    window as unknown as { __harnessDeliver: (i: number, p: unknown) => void }
                  ).__harnessDeliver(i, p),
                [id, encode(payload)] as const,
              )
              .catch(() => undefined),
        ),
      );
    const result: unknown = await options.callAs(() =>
      (fn as (...a: unknown[]) => unknown)(...decoded),
    );
    if (typeof result === 'function') {
      const id = nextReturned++;
      returned.set(id, result as () => unknown);
      return { __function: id };
    }
    return encode(result);
  });
  await page.addInitScript(pageShim, bridge ? Object.keys(bridge) : []);
  await page.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    const ours =
      new URL(url).origin === new URL(page.url() === 'about:blank' ? url : page.url()).origin;
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !ours) {
      if (!options.onNavigate(url)) return route.abort('blockedbyclient');
    }
    return route.continue();
  });
}
