import type { Kysely } from 'kysely';
import type { DialectName } from '../database';

type Documents = Kysely<{
  documents: { project_id: string; id: string; warnings: string };
}>;

/**
 * Servers used to store how many PDF pages were unreadable (`unreadablePages:3`) where the
 * workstation stores which (`unreadablePages:3–5`). Extraction is now one shared function that
 * names the pages; the old counts become `unreadablePageCount:N` so they are not read as a page.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  const documents = db as Documents;
  const rows = await documents
    .selectFrom('documents')
    .select(['project_id', 'id', 'warnings'])
    .where('warnings', 'like', '%unreadablePages:%')
    .execute();
  for (const row of rows) {
    const warnings = JSON.parse(row.warnings) as string[];
    const rewritten = warnings.map((w) =>
      /^unreadablePages:\d+$/.test(w) ? w.replace('unreadablePages:', 'unreadablePageCount:') : w,
    );
    await documents
      .updateTable('documents')
      .set({ warnings: JSON.stringify(rewritten) })
      .where('project_id', '=', row.project_id)
      .where('id', '=', row.id)
      .execute();
  }
}
