/**
 * Kysely table types. Rules that keep the schema distributable (Citus by project_id, CockroachDB,
 * YugabyteDB): rows that belong to a project are keyed by (project_id, id); ids are UUIDv7 strings
 * (client-generated where the client creates the record); no SERIAL counters, triggers, NOTIFY or
 * advisory locks; JSON is stored as text; timestamps are ISO-8601 UTC text; booleans are 0/1.
 */
import type { ColumnType } from 'kysely';
import type { AssignmentStatus } from '../../../shared/model/assignment';
import type { WorkTables } from './workSchema';

/** bigint columns come back as numbers (the pg type parser is set in database.ts). */
type BigIntColumn = ColumnType<number, number, number>;

export type AccountRole = 'expert' | 'reviewer' | 'requester' | 'admin';

export interface OrganisationsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface AccountsTable {
  id: string;
  /** Reviewers, requesters and admins belong to an organisation; experts are independent. */
  organisation_id: string | null;
  /** Lower-cased. */
  email: string;
  display_name: string;
  password_hash: string;
  role: AccountRole;
  status: 'active' | 'disabled';
  created_at: string;
}

export interface ProjectsTable {
  id: string;
  organisation_id: string;
  name: string;
  domain: string;
  description: string;
  instructions: string;
  /** JSON text (LabelSchema). */
  label_schema: string;
  task_type: string;
  pay_kind: string;
  /** Minor units of `pay_currency` (cents), per task or per hour. */
  pay_rate_minor: number;
  pay_currency: string;
  /** JSON text: string[]. */
  required_credentials: string;
  /** JSON text: string[] of BCP 47 tags. */
  languages: string;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  /**
   * The last sync version issued in this project (a hybrid clock: server microseconds, bumped to
   * stay strictly increasing). Written only while the row is locked, so versions follow commit order.
   */
  change_version: BigIntColumn;
}

export interface ProjectMembersTable {
  project_id: string;
  account_id: string;
  role: 'expert' | 'reviewer';
  added_at: string;
}

export interface DocumentsTable {
  project_id: string;
  id: string;
  name: string;
  kind: 'pdf' | 'text';
  media_type: string;
  size: number;
  sha256: string;
  page_count: number | null;
  char_count: number;
  /** JSON text: string[]. */
  warnings: string;
  /** Canonical text (NUL stripped). */
  text: string;
  /** JSON text: number[] for PDFs, null for text. */
  page_starts: string | null;
  /**
   * JSON text: for PDFs, each page's box in user space (`{x1, y1, x2, y2}`, pdf.js `page.view`)
   * or null for a page that could not be read; null for text and for PDFs stored before boxes
   * were kept.
   */
  page_boxes: string | null;
  created_by: string;
  created_at: string;
}

export interface DocumentFilesTable {
  project_id: string;
  document_id: string;
  bytes: Uint8Array;
}

export interface TasksTable {
  project_id: string;
  id: string;
  document_id: string;
  title: string;
  status: 'open' | 'closed';
  created_at: string;
  /** JSON of a TaskPayload (answer review: prompt and answers); null for a plain document task. */
  payload: string | null;
}

/** The one status model: shared/review/taskStatus.ts (see shared/model/assignment.ts). */
export type { AssignmentStatus };

export interface AssignmentsTable {
  project_id: string;
  id: string;
  task_id: string;
  expert_id: string;
  status: AssignmentStatus;
  /** Why the expert skipped or declined it (the reviewer's reasons live in work_reviews). */
  reason: string | null;
  created_at: string;
  updated_at: string;
  /** When the work is due (shown in the queue), if the project sets a due period. */
  due_at: string | null;
  /** Submissions so far (the review machine's `round`). */
  round: number;
  /** When the expert accepted: active time before it is not work on this task. */
  accepted_at: string | null;
  /** When the latest submission arrived: active time after it is not work on this task. */
  submitted_at: string | null;
}

export interface AnnotationsTable {
  project_id: string;
  id: string;
  document_id: string;
  creator_id: string;
  /** The annotation as JSON text, exactly as it is sent on pull. */
  data: string;
  deleted: number;
  /** For a deleted annotation, the account whose deletion was applied (null before it was kept). */
  deleted_by: string | null;
  /** The sync version of the last change (see ProjectsTable.change_version). */
  version: BigIntColumn;
  /** Server time of the last change. */
  updated_at: string;
}

export interface SyncClientsTable {
  id: string;
  account_id: string;
  /** The highest mutation id applied (or rejected) for this client; written with the changes. */
  last_mutation_id: BigIntColumn;
  updated_at: string;
}

export interface SyncRejectionsTable {
  client_id: string;
  mutation_id: BigIntColumn;
  project_id: string | null;
  reason: string;
  created_at: string;
}

export interface OidcPayloadsTable {
  model: string;
  id: string;
  /** JSON text. */
  payload: string;
  grant_id: string | null;
  uid: string | null;
  user_code: string | null;
  /** Epoch milliseconds; null = no expiry. */
  expires_at: BigIntColumn | null;
}

export interface ServerSecretsTable {
  id: string;
  /** JSON text. */
  value: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  project_id: string | null;
  subject_id: string | null;
  /** JSON text. */
  detail: string;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: string;
}

export interface SchemaLockTable {
  id: string;
}

export interface Database extends WorkTables {
  organisations: OrganisationsTable;
  accounts: AccountsTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  documents: DocumentsTable;
  document_files: DocumentFilesTable;
  tasks: TasksTable;
  assignments: AssignmentsTable;
  annotations: AnnotationsTable;
  sync_clients: SyncClientsTable;
  sync_rejections: SyncRejectionsTable;
  oidc_payloads: OidcPayloadsTable;
  server_secrets: ServerSecretsTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationsTable;
  schema_lock: SchemaLockTable;
}
