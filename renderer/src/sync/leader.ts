/**
 * One sync engine per installation: every window (or browser tab of the web host) asks for the
 * same Web Lock, and only the holder runs the engine. When it closes or crashes the browser
 * releases the lock and the next window takes over.
 */
export function whileLeader(name: string, lead: () => () => void): () => void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return lead(); // no Web Locks (unit tests): this is the only window
  const abandon = new AbortController();
  let release: (() => void) | undefined;
  locks
    .request(
      name,
      { signal: abandon.signal },
      () =>
        new Promise<void>((resolve) => {
          const stop = lead();
          release = () => {
            stop();
            resolve();
          };
        }),
    )
    .catch(() => undefined); // aborted before we got it
  return () => {
    abandon.abort();
    release?.();
  };
}
