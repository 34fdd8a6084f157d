import type { Kysely } from 'kysely';
import type { DialectName } from '../database';

/**
 * Tasks may carry content beyond their document: an answer review's prompt and model answers
 * (shared/model/answerReview.ts), as JSON text. Null for tasks that are just a document.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('tasks').addColumn('payload', 'text').execute();
}
