// Sandboxed preload: it may require only `electron`, so it bundles the channel lists and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS, EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc/channels';
import type { DispatchResult, RawBridge } from '../../shared/ipc/bridge';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

const bridge: RawBridge = {
  invoke(channel, request) {
    if (!channels.has(channel)) {
      const refused: DispatchResult = {
        ok: false,
        error: { code: 'invalid', message: `unknown channel ${channel}` },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, request) as Promise<DispatchResult>;
  },
  on(event, listener) {
    if (!events.has(event)) throw new Error(`unknown event ${event}`);
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('glossator', bridge);
