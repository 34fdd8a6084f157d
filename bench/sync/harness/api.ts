/** What the harness page offers the runner (bench/sync/run.ts) as `window.syncBench`. */

export interface Target {
  /** The platform's base URL (another loopback origin; the bench's Chromium allows it). */
  readonly url: string;
  readonly token: string;
  readonly projectId: string;
}

export interface FirstSync {
  /** From the start of the sync to idle (ours) or to the last page written (floor). */
  readonly ms: number;
  /** Annotations in the local database afterwards (counted after the timer stopped). */
  readonly local: number;
  readonly pulled: number;
  readonly pages: number;
}

export interface OfflineEdits {
  /** The edits, made through the store's write path, `group` a transaction (informative). */
  readonly editMs: number;
  /** Outbox rows waiting when the connection came back. */
  readonly waiting: number;
  /** From reconnecting until the outbox was empty and every push acknowledged. */
  readonly pushMs: number;
  /** From reconnecting until the engine was idle (the cycle also pulls the edits back). */
  readonly idleMs: number;
  readonly pushed: number;
  readonly pushRequests: number;
  /** Of pushMs, the time inside the platform calls (checks, HTTP, server); the rest is local. */
  readonly pushCallMs: number;
  readonly outboxAfter: number;
  readonly rejectedAfter: number;
}

export interface RawPush {
  readonly ms: number;
  readonly applied: number;
  readonly requests: number;
}

export interface SyncBench {
  /** The real engine's first sync into an empty database named `dbName`. */
  ours(target: Target, dbName: string): Promise<FirstSync>;
  /** Raw fetch of the same pull pages and raw IndexedDB writes into a database named `dbName`. */
  floor(target: Target, dbName: string, pageSize: number): Promise<FirstSync>;
  /** On the synced database `dbName`: `count` edits while offline (`group` a call), then reconnect and push. */
  oursOfflineEdits(
    target: Target,
    dbName: string,
    count: number,
    round: number,
    group: number,
  ): Promise<OfflineEdits>;
  /** The same edits of the same annotations, pushed with raw fetch as a fresh client. */
  floorPush(
    target: Target,
    dbName: string,
    count: number,
    round: number,
    batch: number,
  ): Promise<RawPush>;
}

declare global {
  interface Window {
    syncBench?: SyncBench;
  }
}
