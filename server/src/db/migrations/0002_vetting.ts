import type { Kysely } from 'kysely';
import type { DialectName } from '../database';

/**
 * Vetting: expert profiles (with their credentials), interview sessions, project listings for the
 * catalogue, the experts' accept/decline decisions and notifications. Profiles and sessions are
 * documents (JSON text) written with compare-and-set on `version`; none of them is project-scoped
 * except listings and decisions, which are keyed by project first.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('expert_profiles')
    .addColumn('expert_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('pending_credentials', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expert_profiles_pending')
    .on('expert_profiles')
    .columns(['pending_credentials'])
    .execute();

  await db.schema
    .createTable('interview_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interview_sessions_by_expert')
    .on('interview_sessions')
    .columns(['expert_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('project_listings')
    .addColumn('project_id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('catalogue_decisions')
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('catalogue_decisions_pk', ['project_id', 'expert_id'])
    .execute();
  await db.schema
    .createIndex('catalogue_decisions_by_expert')
    .on('catalogue_decisions')
    .columns(['expert_id'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addPrimaryKeyConstraint('notifications_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_once')
    .on('notifications')
    .columns(['account_id', 'kind', 'project_id'])
    .unique()
    .execute();
}
