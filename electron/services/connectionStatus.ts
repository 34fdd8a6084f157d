import type { ConnectionState } from '../../shared/ipc/contract';

export interface ConnectionStatus {
  get(): ConnectionState;
  set(next: ConnectionState): void;
  onChange(listener: (state: ConnectionState) => void): () => void;
}

/** The online/offline/error signal that main owns and the renderer's status bar shows. */
export function createConnectionStatus(
  initial: ConnectionState = { state: 'local' },
): ConnectionStatus {
  let current = initial;
  const listeners = new Set<(state: ConnectionState) => void>();
  return {
    get: () => current,
    set(next) {
      if (next.state === current.state && next.detail === current.detail) return;
      current = next;
      for (const listener of listeners) listener(next);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A view of `status` that reports only while `active()` holds. The platform client and event
 * stream report through it while signed in: a reply that lands after sign-out (a sync pull that
 * was already on its way) must not turn "Local only" back into "Online".
 */
export function reportingWhile(status: ConnectionStatus, active: () => boolean): ConnectionStatus {
  return {
    get: () => status.get(),
    set(next) {
      if (active()) status.set(next);
    },
    onChange: (listener) => status.onChange(listener),
  };
}
