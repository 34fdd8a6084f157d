import type { EventName } from './contract';

export type BridgeErrorCode = 'invalid' | 'internal' | 'forbidden' | 'unavailable';

/** What travels back for every invoke, in both hosts; the renderer's api unwraps it. */
export type DispatchResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly error: { readonly code: BridgeErrorCode; readonly message: string };
    };

/**
 * The one object the preload exposes as `window.glossator` (and the web host's WebSocket client
 * implements). Untyped at this layer on purpose: types and unwrapping live in renderer/src/api.
 */
export interface RawBridge {
  invoke(channel: string, request: unknown): Promise<DispatchResult>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}
