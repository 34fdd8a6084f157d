import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../database';

/**
 * Doing the work and getting paid (issue 8): assignment bookkeeping for the one status model
 * (shared/review/taskStatus.ts), submissions as reviewed snapshots, reviews with their decisions,
 * adjudications, time batches, paid time, gold keys and scores, and per-project work settings.
 * Project rows are keyed by (project_id, …); time batches belong to an expert, not a project.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const bigint = 'bigint';
  // The first server called a returned task `rejected`; the review machine calls it `returned`.
  await sql`update assignments set status = 'returned' where status = 'rejected'`.execute(db);
  await db.schema.alterTable('assignments').addColumn('due_at', 'text').execute();
  await db.schema
    .alterTable('assignments')
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('assignments').addColumn('accepted_at', 'text').execute();
  await db.schema.alterTable('assignments').addColumn('submitted_at', 'text').execute();

  await db.schema
    .createTable('work_settings')
    .addColumn('project_id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('work_submissions')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('annotations', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_submissions_pk', ['project_id', 'id'])
    .addUniqueConstraint('work_submissions_round', ['project_id', 'assignment_id', 'round'])
    .execute();
  await db.schema
    .createIndex('work_submissions_by_document')
    .on('work_submissions')
    .columns(['project_id', 'document_id'])
    .execute();

  await db.schema
    .createTable('work_reviews')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text', (c) => c.notNull())
    .addColumn('submission_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addColumn('missing', 'text', (c) => c.notNull())
    .addColumn('notice', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_reviews_pk', ['project_id', 'id'])
    // One decision per submission: a second review of the same round is refused by the database.
    .addUniqueConstraint('work_reviews_one_per_submission', ['project_id', 'submission_id'])
    .execute();

  await db.schema
    .createTable('work_adjudications')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('annotations', 'text', (c) => c.notNull())
    .addColumn('adjudicator_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_adjudications_pk', ['project_id', 'document_id'])
    .execute();

  await db.schema
    .createTable('work_time_batches')
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('client_sent_at', bigint, (c) => c.notNull())
    .addColumn('received_at', bigint, (c) => c.notNull())
    .addColumn('intervals', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_time_batches_pk', ['expert_id', 'id'])
    .execute();

  await db.schema
    .createTable('work_paid_time')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('intervals', 'text', (c) => c.notNull())
    .addColumn('active_ms', bigint, (c) => c.notNull())
    .addColumn('paid_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('work_paid_time_pk', ['project_id', 'assignment_id'])
    .execute();
  await db.schema
    .createIndex('work_paid_time_by_expert')
    .on('work_paid_time')
    .columns(['expert_id'])
    .execute();

  await db.schema
    .createTable('gold_keys')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('annotations', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gold_keys_pk', ['project_id', 'task_id'])
    .execute();

  await db.schema
    .createTable('gold_scores')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('assignment_id', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('span_f1', 'real')
    .addColumn('scored_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('gold_scores_pk', ['project_id', 'assignment_id'])
    .execute();
}
