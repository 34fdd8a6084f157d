import type { DispatchResult, RawBridge } from '../../../shared/ipc/bridge';
import type {
  Channel,
  EventName,
  EventPayload,
  RequestOf,
  ResponseOf,
} from '../../../shared/ipc/contract';

type FakeHandlers = {
  [C in Channel]?: (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/** An in-memory bridge for renderer unit tests: answers from the given handlers, records calls. */
export function createFakeBridge(handlers: FakeHandlers) {
  const calls: { channel: string; request: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge: RawBridge = {
    async invoke(channel, request): Promise<DispatchResult> {
      calls.push({ channel, request });
      const handler = handlers[channel as Channel] as ((req: unknown) => unknown) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'invalid', message: `no fake for ${channel}` } };
      return { ok: true, value: await handler(request) };
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  return {
    bridge,
    calls,
    emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}
