/**
 * The renderer's only door to main: typed `invoke` and `on` over whichever bridge the host gave us
 * (Electron's preload object, or the web host's WebSocket). Nothing else touches `window.glossator`.
 */
import type { BridgeErrorCode, RawBridge } from '../../../shared/ipc/bridge';
import type {
  Channel,
  EventName,
  EventPayload,
  RequestOf,
  ResponseOf,
} from '../../../shared/ipc/contract';
import { createWebSocketBridge } from './wsBridge';

export class BridgeError extends Error {
  override readonly name = 'BridgeError';
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

declare global {
  interface Window {
    readonly glossator?: RawBridge;
  }
}

let bridge: RawBridge | undefined;

function currentBridge(): RawBridge {
  bridge ??= window.glossator ?? createWebSocketBridge();
  return bridge;
}

/** For unit tests: swap in a fake bridge (see fakeBridge.ts). */
export function useBridgeForTests(fake: RawBridge | undefined): void {
  bridge = fake;
}

export const api = {
  async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await currentBridge().invoke(channel, request);
    if (!result.ok) throw new BridgeError(result.error.code, result.error.message);
    return result.value as ResponseOf<C>;
  },
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    return currentBridge().on(event, listener as (payload: unknown) => void);
  },
  /** Which host we run in, without asking main: Electron injects the preload object. */
  get host(): 'electron' | 'web' {
    return window.glossator ? 'electron' : 'web';
  },
};
