/**
 * The page's side of the web host's WebSocket, in Node: what renderer/src/api/wsBridge.ts does in
 * the browser (same wire codec, same cookie and origin checks), so a test can drive the real web
 * host — and the real renderer sync engine on top of it — without a browser. Sign-in pages the
 * host asks the page to open are walked by FormBrowser (the provider's real login and consent).
 */
import WebSocket from 'ws';
import type { DispatchResult } from '../../shared/ipc/bridge';
import type { EventName, PlatformCallResult } from '../../shared/ipc/contract';
import type { HostMessage } from '../../shared/ipc/wireCodec';
import { nodeCodec } from '../../electron/webhost/connection';
import { SESSION_COOKIE } from '../../electron/webhost/token';
import type { PlatformCaller } from '../../renderer/src/sync/platformCall';
import { FormBrowser } from '../formBrowser';

const UNAVAILABLE: DispatchResult = {
  ok: false,
  error: { code: 'unavailable', message: 'web host unavailable' },
};

export class NodeBridge {
  private socket?: WebSocket;
  private nextId = 1;
  private readonly pending = new Map<number, (r: DispatchResult) => void>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  /** Called with each URL the host asks the page to open (sign-in). */
  onOpen: (url: string) => void = () => undefined;

  async connect(url: string, token: string): Promise<void> {
    this.close();
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ipc`, {
      headers: { origin: url, cookie: `${SESSION_COOKIE}=${token}` },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    this.socket = socket;
    socket.on('message', (data: Buffer) => {
      const message = nodeCodec.parse(data.toString('utf8')) as HostMessage;
      if (message.t === 'result') {
        this.pending.get(message.id)?.(message.result as DispatchResult);
        this.pending.delete(message.id);
      } else if (message.t === 'event') {
        for (const listener of this.listeners.get(message.event) ?? []) listener(message.payload);
      } else if (message.t === 'open') {
        this.onOpen(message.url);
      }
    });
    socket.on('close', () => {
      if (this.socket === socket) this.socket = undefined;
      for (const resolve of this.pending.values()) resolve(UNAVAILABLE);
      this.pending.clear();
    });
    socket.on('error', () => undefined);
  }

  invoke(channel: string, request: unknown): Promise<DispatchResult> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return Promise.resolve(UNAVAILABLE);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      socket.send(nodeCodec.stringify({ t: 'invoke', id, channel, request }));
    });
  }

  on(event: EventName, listener: (payload: unknown) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  close(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** The engine's platform caller over this bridge (as renderer/src/sync/platformCall.ts). */
  readonly call: PlatformCaller = async (op, params, body) => {
    const result = await this.invoke('platform:call', {
      op,
      params,
      ...(body === undefined ? {} : { body }),
    });
    if (result.ok) return result.value as PlatformCallResult;
    if (result.error.code === 'unavailable') return { ok: false, failure: 'offline' };
    return { ok: false, failure: 'rejected', code: result.error.code };
  };

  /** Signs in through the provider's real login and consent pages. */
  async signIn(credentials: { email: string; password: string }): Promise<void> {
    this.onOpen = (url) => void walkSignIn(url, credentials).catch(() => undefined);
    const result = await this.invoke('auth:signIn', {});
    if (!result.ok || (result.value as { state?: string }).state !== 'signedIn')
      throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  }
}

async function walkSignIn(
  url: string,
  credentials: { email: string; password: string },
): Promise<void> {
  const browser = new FormBrowser((next) => next.pathname === '/callback');
  let step = await browser.go(url);
  for (let i = 0; i < 4 && !(step instanceof URL); i++)
    step = await browser.submit(step, /name="email"/.test(step.body) ? { ...credentials } : {});
  if (!(step instanceof URL)) throw new Error(`sign-in stopped at ${step.url}`);
  await fetch(step);
}
