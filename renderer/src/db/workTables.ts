/** Rows of the work tables in the local database (schema version 3). */

/** A stretch of active time measured here, kept until the platform has stored it. */
export interface TimeIntervalRow {
  /** UUIDv7; the server recognises a re-sent interval by it. */
  readonly id: string;
  readonly assignmentId: string;
  /** Client clock, ms since the epoch; `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /** 0 until a batch carrying it was acknowledged, then 1 (kept for the expert's own view). */
  readonly synced: 0 | 1;
}

/** The last work queue seen, so the queue shows offline. */
export interface WorkCacheRow {
  readonly key: string;
  readonly value: unknown;
  readonly savedAt: string;
}
