import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '../../../shared/model/annotation';
import type { DocumentContent, DocumentRecord } from '../../../shared/model/document';
import type { ProjectId } from '../../../shared/model/ids';
import type { TimeIntervalRow, WorkCacheRow } from './workTables';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import type { Project } from '../../../shared/model/project';
import type { Mutation, RejectReason } from '../../../shared/sync/protocol';

/** One unsynced change. Written in the same transaction as the change it describes. */
export interface OutboxRow {
  /** Strictly increasing per client; the server skips ids it has applied and rejects gaps. */
  readonly mutationId: number;
  readonly projectId: ProjectId;
  readonly entity: 'annotation';
  readonly entityId: string;
  /** `restore` is a put that brings back an annotation this account deleted (an undo). */
  readonly op: 'put' | 'restore' | 'delete';
  readonly payload: unknown;
  readonly createdAt: string;
}

export interface SyncStateRow {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The server's state of an annotation that has changes still in the outbox (see
 * shared/sync/pending.ts): pulls update it instead of the local view, and a rejection restores it.
 * There is a row exactly while the annotation has outbox rows.
 */
export interface BaseCopyRow {
  readonly id: string;
  readonly projectId: ProjectId;
  /** The server version last pulled (0: a local snapshot or an acknowledged push). */
  readonly version: number;
  /** Absent when the server does not hold the annotation. */
  readonly annotation?: AnnotationWire;
}

/** A mutation the server refused: kept for the user to inspect, re-queue or discard. */
export interface RejectedRow {
  /** The mutation's id as it was sent (unique per client). */
  readonly mutationId: number;
  readonly projectId: ProjectId;
  readonly annotationId: string;
  readonly mutation: Mutation;
  readonly reason: RejectReason;
  readonly rejectedAt: string;
}

/** A platform project this account is a member of, kept for offline use. */
export interface ProjectRow {
  readonly id: ProjectId;
  readonly project: Project;
  /** The user asked to keep every document of the project on this computer. */
  readonly offline: boolean;
  readonly fetchedAt: string;
}

/** A task of a platform project, with this account's assignment to it when there is one. */
export interface TaskRow {
  readonly id: string;
  readonly projectId: ProjectId;
  readonly documentId: string;
  readonly title: string;
  readonly status: 'open' | 'closed';
  readonly assignment?: {
    readonly id: string;
    readonly status: string;
    readonly reason?: string;
    readonly updatedAt: string;
  };
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
  baseCopies!: EntityTable<BaseCopyRow, 'id'>;
  rejected!: EntityTable<RejectedRow, 'mutationId'>;
  projects!: EntityTable<ProjectRow, 'id'>;
  tasks!: EntityTable<TaskRow, 'id'>;

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
    // v2 (sync): outbox rows by annotation; server copies of pending annotations; the rejected
    // list; platform projects and tasks kept for offline work. Nothing to migrate: v1 never synced.
    this.version(2).stores({
      outbox: 'mutationId, projectId, entityId',
      baseCopies: 'id',
      rejected: 'mutationId, projectId',
      projects: 'id',
      tasks: 'id, projectId, documentId',
    });
    // v3 (work): active time waiting for the platform, and the last queue seen.
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
