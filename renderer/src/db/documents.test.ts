import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import type { DocumentContent, DocumentRecord } from '../../../shared/model/document';
import {
  LOCAL_PROJECT_ID,
  newId,
  type AnnotationId,
  type DocumentId,
} from '../../../shared/model/ids';
import {
  deleteDocument,
  findBySha256,
  listDocuments,
  loadContent,
  saveDocument,
} from './documents';
import { GlossatorDb } from './schema';

let database: GlossatorDb;
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

function fixture(
  name: string,
  createdAt: string,
): { record: DocumentRecord; content: DocumentContent } {
  const id = newId<DocumentId>();
  return {
    record: {
      id,
      projectId: LOCAL_PROJECT_ID,
      name,
      kind: 'text',
      mediaType: 'text/plain',
      size: 5,
      sha256: name.padEnd(64, '0'),
      charCount: 5,
      warnings: [],
      createdAt,
    },
    content: { documentId: id, bytes: new Uint8Array([104, 101, 108, 108, 111]), text: 'hello' },
  };
}

describe('document repository', () => {
  it('saves record and content together and lists newest first', async () => {
    database = new GlossatorDb(`docs-${Date.now()}-a`);
    const a = fixture('a', '2026-01-01T00:00:00.000Z');
    const b = fixture('b', '2026-02-01T00:00:00.000Z');
    await saveDocument(database, a.record, a.content);
    await saveDocument(database, b.record, b.content);
    expect((await listDocuments(database)).map((d) => d.name)).toEqual(['b', 'a']);
    expect((await loadContent(database, a.record.id))?.text).toBe('hello');
    expect((await findBySha256(database, b.record.sha256))?.id).toBe(b.record.id);
  });

  it('stores nothing when either half fails (no orphan record, no orphan content)', async () => {
    database = new GlossatorDb(`docs-${Date.now()}-b`);
    const a = fixture('a', '2026-01-01T00:00:00.000Z');
    await saveDocument(database, a.record, a.content);
    // A content row already sits under the new id: its write fails, so the record must roll back.
    const clash = fixture('c', '2026-03-01T00:00:00.000Z');
    await database.contents.add(clash.content);
    await expect(saveDocument(database, clash.record, clash.content)).rejects.toThrow();
    expect(await database.documents.get(clash.record.id)).toBeUndefined();
    // A record already sits under the id: nothing of the second save is kept.
    const again = fixture('d', '2026-04-01T00:00:00.000Z');
    await expect(
      saveDocument(
        database,
        { ...again.record, id: a.record.id },
        { ...again.content, documentId: a.record.id },
      ),
    ).rejects.toThrow();
    expect(await database.documents.count()).toBe(1);
    expect((await loadContent(database, a.record.id))?.text).toBe('hello');
  });

  it('refuses content that belongs to another document', async () => {
    database = new GlossatorDb(`docs-${Date.now()}-c`);
    const a = fixture('a', '2026-01-01T00:00:00.000Z');
    await expect(
      saveDocument(database, a.record, { ...a.content, documentId: newId<DocumentId>() }),
    ).rejects.toThrow(/another document/);
  });

  it('deletes a document with its content and annotations', async () => {
    database = new GlossatorDb(`docs-${Date.now()}-d`);
    const a = fixture('a', '2026-01-01T00:00:00.000Z');
    await saveDocument(database, a.record, a.content);
    const annotation: Annotation = {
      id: newId<AnnotationId>(),
      projectId: LOCAL_PROJECT_ID,
      documentId: a.record.id,
      target: { kind: 'document' },
      body: { labels: ['x'] },
      createdAt: a.record.createdAt,
      updatedAt: a.record.createdAt,
    };
    await database.annotations.add(annotation);
    await deleteDocument(database, a.record.id);
    expect(await database.documents.count()).toBe(0);
    expect(await database.contents.count()).toBe(0);
    expect(await database.annotations.count()).toBe(0);
  });
});
