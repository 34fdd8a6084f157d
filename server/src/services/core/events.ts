/**
 * SSE pokes: "something changed in project X, pull". In-process for one server; several server
 * processes would fan out through Redis (docs/ARCHITECTURE.md, "Scaling out") behind the same interface.
 */
export interface PokeListener {
  /** Whether this listener may hear about the project. */
  readonly canRead: (projectId: string) => boolean;
  readonly send: (projectId: string) => void;
}

export function createEventHub() {
  const listeners = new Set<PokeListener>();
  const membershipWatchers = new Map<string, Set<() => void>>();
  return {
    /** Someone joined or left projects: their open streams re-read what they may hear about. */
    membershipChanged(accountId: string): void {
      for (const watcher of membershipWatchers.get(accountId) ?? []) watcher();
    },
    onMembershipChange(accountId: string, watcher: () => void): () => void {
      const set = membershipWatchers.get(accountId) ?? new Set();
      set.add(watcher);
      membershipWatchers.set(accountId, set);
      return () => {
        set.delete(watcher);
        if (set.size === 0) membershipWatchers.delete(accountId);
      };
    },
    subscribe(listener: PokeListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    poke(projectIds: Iterable<string>): void {
      for (const projectId of projectIds) {
        for (const listener of listeners) if (listener.canRead(projectId)) listener.send(projectId);
      }
    },
    get size(): number {
      return listeners.size;
    },
  };
}

export type EventHub = ReturnType<typeof createEventHub>;
