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
