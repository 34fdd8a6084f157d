import type { ExportItem } from '../../../../shared/formats/types';
import type { DocumentId } from '../../../../shared/model/ids';
import { annotationsOf } from '../../db/annotations';
import { loadContent } from '../../db/documents';
import type { GlossatorDb } from '../../db/schema';

/** Each document with its content and annotations, as the converters take them. Missing ones are skipped. */
export async function collectExportItems(
  database: GlossatorDb,
  ids: readonly DocumentId[],
): Promise<ExportItem[]> {
  const items: ExportItem[] = [];
  for (const id of ids) {
    const [record, content, annotations] = await Promise.all([
      database.documents.get(id),
      loadContent(database, id),
      annotationsOf(database, id),
    ]);
    if (record && content) items.push({ record, content, annotations });
  }
  return items;
}
