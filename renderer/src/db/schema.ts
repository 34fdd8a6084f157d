import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '../../../shared/model/annotation';
import type { DocumentContent, DocumentRecord } from '../../../shared/model/document';
import type { ProjectId } from '../../../shared/model/ids';
import type { TimeIntervalRow, WorkCacheRow } from './workTables';

/** One unsynced change. Written in the same transaction as the change it describes. */
export interface OutboxRow {
  /** Strictly increasing per client; the server skips ids it has applied and rejects gaps. */
  readonly mutationId: number;
  readonly projectId: ProjectId;
  readonly entity: 'annotation';
  readonly entityId: string;
  readonly op: 'put' | 'delete';
  readonly payload: unknown;
  readonly createdAt: string;
}

export interface SyncStateRow {
  readonly key: string;
  readonly value: unknown;
}

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

export const DB_NAME = 'glossator';

/**
 * The renderer's local database. Every version's stores are declared here in order; each version
 * has its own test (schema.test.ts) that opens a database written by the previous one.
 */
export class GlossatorDb extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  contents!: EntityTable<DocumentContent, 'documentId'>;
  annotations!: EntityTable<Annotation, 'id'>;
  outbox!: EntityTable<OutboxRow, 'mutationId'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  timeIntervals!: EntityTable<TimeIntervalRow, 'id'>;
  workCache!: EntityTable<WorkCacheRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      documents: 'id, projectId, createdAt, sha256',
      contents: 'documentId',
      annotations: 'id, documentId, projectId',
      outbox: 'mutationId, projectId',
      syncState: 'key',
      settings: 'key',
    });
    // Version 2 belongs to the sync engine (issue 4); declared identical to 1 here until it lands.
    this.version(2).stores({});
    // Work (issue 8): active time waiting for the platform, and the last queue seen.
    this.version(3).stores({
      timeIntervals: 'id, assignmentId, synced',
      workCache: 'key',
    });
  }
}

let instance: GlossatorDb | undefined;

export function db(): GlossatorDb {
  instance ??= new GlossatorDb();
  return instance;
}
