import type { DocumentContent, DocumentRecord } from '../../../shared/model/document';
import type { DocumentId } from '../../../shared/model/ids';
import type { GlossatorDb } from './schema';

/** Stores a document and its content together: either both are there or neither is. */
export async function saveDocument(
  database: GlossatorDb,
  record: DocumentRecord,
  content: DocumentContent,
): Promise<void> {
  if (content.documentId !== record.id) throw new Error('content belongs to another document');
  await database.transaction('rw', database.documents, database.contents, async () => {
    await database.documents.add(record);
    await database.contents.add(content);
  });
}

export function listDocuments(database: GlossatorDb): Promise<DocumentRecord[]> {
  return database.documents.orderBy('createdAt').reverse().toArray();
}

export function findBySha256(
  database: GlossatorDb,
  sha256: string,
): Promise<DocumentRecord | undefined> {
  return database.documents.where('sha256').equals(sha256).first();
}

export function loadContent(
  database: GlossatorDb,
  id: DocumentId,
): Promise<DocumentContent | undefined> {
  return database.contents.get(id);
}

/** Removes a document with its content and its annotations, in one transaction. */
export async function deleteDocument(database: GlossatorDb, id: DocumentId): Promise<void> {
  await database.transaction(
    'rw',
    database.documents,
    database.contents,
    database.annotations,
    async () => {
      await database.annotations.where('documentId').equals(id).delete();
      await database.contents.delete(id);
      await database.documents.delete(id);
    },
  );
}
