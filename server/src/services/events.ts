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
  return {
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
