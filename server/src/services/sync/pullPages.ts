/**
 * Recently served pull pages, encoded once. After a poke every device of every expert in a
 * project pulls the same page; serving it from here skips the query and the encoding. An entry is
 * keyed by the project's change version read in the same request, so any change to the project
 * makes older entries unreachable (they age out of the LRU).
 */
export function createPullPageCache(maxEntries = 256, maxBytes = 64 * 1024 * 1024) {
  const entries = new Map<string, Buffer>();
  let bytes = 0;
  return {
    key(
      projectId: string,
      changeVersion: number,
      after: number,
      limit: number,
      creatorId: string | null,
    ): string {
      return `${projectId}|${changeVersion}|${after}|${limit}|${creatorId ?? '*'}`;
    },
    get(key: string): Buffer | undefined {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
      }
      return hit;
    },
    set(key: string, body: Buffer): void {
      if (body.length > maxBytes / 8) return;
      entries.set(key, body);
      bytes += body.length;
      while (entries.size > maxEntries || bytes > maxBytes) {
        const [oldest, value] = entries.entries().next().value as [string, Buffer];
        entries.delete(oldest);
        bytes -= value.length;
      }
    },
  };
}
