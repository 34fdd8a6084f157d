/** Kysely types of the work tables (migration 0002_work); JSON columns are text. */
import type { ColumnType } from 'kysely';

type BigIntColumn = ColumnType<number, number, number>;

export interface WorkSettingsTable {
  project_id: string;
  /** JSON text: Partial<WorkSettings>. */
  data: string;
  updated_by: string;
  updated_at: string;
}

/** What the expert submitted for one round: the snapshot the review decides on. */
export interface WorkSubmissionsTable {
  project_id: string;
  id: string;
  assignment_id: string;
  task_id: string;
  document_id: string;
  expert_id: string;
  round: number;
  /** JSON text: AnnotationWire[]. */
  annotations: string;
  submitted_at: string;
}

export interface WorkReviewsTable {
  project_id: string;
  id: string;
  assignment_id: string;
  submission_id: string;
  round: number;
  reviewer_id: string;
  outcome: 'approve' | 'return';
  /** JSON text: ReviewDecision[]. */
  decisions: string;
  /** JSON text: MissingFinding[]. */
  missing: string;
  /** JSON text: ReturnNotice, for returns. */
  notice: string | null;
  created_at: string;
}

export interface WorkAdjudicationsTable {
  project_id: string;
  document_id: string;
  /** JSON text: AnnotationWire[]. */
  annotations: string;
  adjudicator_id: string;
  updated_at: string;
}

export interface WorkTimeBatchesTable {
  expert_id: string;
  /** The client's batch id: a re-sent batch is stored once. */
  id: string;
  client_sent_at: BigIntColumn;
  /** Server clock (ms) when the batch arrived: nothing in it can have happened later. */
  received_at: BigIntColumn;
  /** JSON text: { id, assignmentId, start, end }[] on the client clock. */
  intervals: string;
}

/** The reconciled intervals an hourly approval paid for; later reconciliations keep them fixed. */
export interface WorkPaidTimeTable {
  project_id: string;
  assignment_id: string;
  expert_id: string;
  /** JSON text: { start, end }[] on the server clock. */
  intervals: string;
  active_ms: BigIntColumn;
  paid_at: string;
}

export interface GoldKeysTable {
  project_id: string;
  task_id: string;
  /** JSON text: AnnotationWire[] (the known answer). */
  annotations: string;
  updated_by: string;
  updated_at: string;
}

export interface GoldScoresTable {
  project_id: string;
  assignment_id: string;
  task_id: string;
  expert_id: string;
  passed: number;
  span_f1: number | null;
  scored_at: string;
}

export interface WorkTables {
  work_settings: WorkSettingsTable;
  work_submissions: WorkSubmissionsTable;
  work_reviews: WorkReviewsTable;
  work_adjudications: WorkAdjudicationsTable;
  work_time_batches: WorkTimeBatchesTable;
  work_paid_time: WorkPaidTimeTable;
  gold_keys: GoldKeysTable;
  gold_scores: GoldScoresTable;
}
