/**
 * The documents pushed annotations are checked against (shared/sync/targetCheck.ts needs the
 * canonical text, the page table and the page boxes). A document never changes once uploaded, so
 * what was read stays true: recently used ones are kept in memory, up to a bound on their text,
 * and a push for an annotation on a long document does not read that document again each time.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, DocumentsTable } from '../../db/schema';
import type { PdfRect } from '../../../../shared/model/annotation';
import type { TargetDocument } from '../../../../shared/sync/targetCheck';
import { chunks } from './syncApply';

/** UTF-16 units of text kept in memory in all (a bit over 64 MB at two bytes a unit). */
export const DEFAULT_CACHED_CHARS = 32 * 1024 * 1024;

export interface SyncDocuments {
  /** The project's documents among `ids`, by id (absent: not in that project). */
  read(
    db: Kysely<Database> | Transaction<Database>,
    projectId: string,
    ids: readonly string[],
  ): Promise<Map<string, TargetDocument>>;
}

function parse<T>(json: string | null): T | undefined {
  return json === null ? undefined : (JSON.parse(json) as T);
}

/** The columns of `documents` a target is checked against. */
export const DOCUMENT_FACTS = ['id', 'text', 'page_count', 'page_starts', 'page_boxes'] as const;

type FactsRow = Pick<Selectable<DocumentsTable>, (typeof DOCUMENT_FACTS)[number]>;

export function toTargetDocument(row: FactsRow): TargetDocument {
  const pageStarts = parse<number[]>(row.page_starts);
  const pageBoxes = parse<(PdfRect | null)[]>(row.page_boxes);
  return {
    text: row.text,
    ...(row.page_count !== null ? { pageCount: row.page_count } : {}),
    ...(pageStarts ? { pageStarts } : {}),
    ...(pageBoxes ? { pageBoxes } : {}),
  };
}

export function createSyncDocuments(maxChars = DEFAULT_CACHED_CHARS): SyncDocuments {
  // A Map iterates in insertion order: re-inserting on use makes its first key the least recent.
  const cache = new Map<string, TargetDocument>();
  let cachedChars = 0;

  function remember(key: string, document: TargetDocument): void {
    if (document.text.length > maxChars) return;
    cache.set(key, document);
    cachedChars += document.text.length;
    for (const [oldest, old] of cache) {
      if (cachedChars <= maxChars) break;
      cache.delete(oldest);
      cachedChars -= old.text.length;
    }
  }

  return {
    async read(db, projectId, ids) {
      const found = new Map<string, TargetDocument>();
      const missing: string[] = [];
      for (const id of ids) {
        const key = `${projectId}:${id}`;
        const hit = cache.get(key);
        if (!hit) {
          missing.push(id);
          continue;
        }
        cache.delete(key);
        cache.set(key, hit);
        found.set(id, hit);
      }
      for (const part of chunks(missing)) {
        const rows = await db
          .selectFrom('documents')
          .select(DOCUMENT_FACTS)
          .where('project_id', '=', projectId)
          .where('id', 'in', part)
          .execute();
        for (const row of rows) {
          const document = toTargetDocument(row);
          found.set(row.id, document);
          remember(`${projectId}:${row.id}`, document);
        }
      }
      return found;
    },
  };
}
