import type { DispatchResult, RawBridge } from '../../../shared/ipc/bridge';
import type { EventName } from '../../../shared/ipc/contract';
import {
  createWireCodec,
  type ClientMessage,
  type HostMessage,
} from '../../../shared/ipc/wireCodec';
import { browserBase64 } from './base64';
import { downloadInPage } from './fileDownload';
import { chooseFileInPage } from './filePicker';

const codec = createWireCodec(browserBase64);
const RECONNECT_MS = 1000;

/**
 * The web host's side of the bridge: the same contract over a same-origin WebSocket. The session
 * cookie set by the host authenticates the socket; the page never sees the token.
 */
export function createWebSocketBridge(
  url = `${location.origin.replace(/^http/, 'ws')}/ipc`,
): RawBridge {
  let socket: WebSocket | undefined;
  let opened: Promise<WebSocket> | undefined;
  let nextId = 1;
  const pending = new Map<number, (result: DispatchResult) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function send(ws: WebSocket, message: ClientMessage): void {
    ws.send(codec.stringify(message));
  }

  function onMessage(ws: WebSocket, message: HostMessage): void {
    if (message.t === 'result') {
      pending.get(message.id)?.(message.result as DispatchResult);
      pending.delete(message.id);
    } else if (message.t === 'event') {
      for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
    } else if (message.t === 'pick') {
      void chooseFileInPage().then((file) =>
        send(ws, { t: 'picked', id: message.id, file: file ?? null }),
      );
    } else if (message.t === 'open') {
      // Only sign-in pages are sent here; the host checked the URL against the platform's origin.
      if (/^https?:\/\//.test(message.url)) window.open(message.url, '_blank', 'noopener');
    } else if (message.t === 'save') {
      const saved = downloadInPage(message.name, message.mediaType, message.bytes);
      send(ws, { t: 'savedFile', id: message.id, saved });
    }
  }

  function connect(): Promise<WebSocket> {
    opened ??= new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.addEventListener('open', () => {
        socket = ws;
        resolve(ws);
      });
      ws.addEventListener('message', (event: MessageEvent<string>) =>
        onMessage(ws, codec.parse(event.data) as HostMessage),
      );
      ws.addEventListener('close', () => {
        socket = undefined;
        opened = undefined;
        for (const resolvePending of pending.values()) {
          resolvePending({
            ok: false,
            error: { code: 'unavailable', message: 'connection to the web host closed' },
          });
        }
        pending.clear();
        reject(new Error('web host unavailable'));
        // Events only arrive over an open socket, so reconnect while anyone is listening.
        if (listeners.size > 0)
          setTimeout(() => void connect().catch(() => undefined), RECONNECT_MS);
      });
    });
    return opened;
  }

  return {
    async invoke(channel, request) {
      let ws: WebSocket;
      try {
        ws = socket ?? (await connect());
      } catch {
        return { ok: false, error: { code: 'unavailable', message: 'web host unavailable' } };
      }
      const id = nextId++;
      return new Promise<DispatchResult>((resolve) => {
        pending.set(id, resolve);
        send(ws, { t: 'invoke', id, channel, request });
      });
    },
    on(event: EventName, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      void connect().catch(() => undefined);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(event);
      };
    },
  };
}
