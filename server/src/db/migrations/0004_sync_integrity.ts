import type { Kysely } from 'kysely';
import type { DialectName } from '../database';

/**
 * What the server needs to check pushed annotations against (see shared/sync/targetCheck.ts and
 * shared/sync/apply.ts): each PDF page's box, so rectangles can be held inside it, and who deleted
 * an annotation, so only that account's restore (their undo) brings it back. Both are null for
 * rows written before: those PDFs keep the checks that need no box, and those deletions stay
 * final.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('documents').addColumn('page_boxes', 'text').execute();
  await db.schema.alterTable('annotations').addColumn('deleted_by', 'text').execute();
}
