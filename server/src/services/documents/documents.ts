import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database, DocumentsTable } from '../../db/schema';
import type { PdfRect } from '../../../../shared/model/annotation';
import type { DocumentRecord } from '../../../../shared/model/document';
import { decodeText } from '../../../../shared/files/decodeText';
import { ImportProblem } from '../../../../shared/files/importProblem';
import { sniffDocument } from '../../../../shared/files/sniff';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { notFound, ServiceError } from '../core/errors';
import type { PdfExtractor } from './pdf/extractPdf';
import type { Principal } from '../core/principal';
import { replaceLoneSurrogates } from './text';

type DocumentRow = Selectable<DocumentsTable>;
type DocumentMeta = Omit<DocumentRow, 'text' | 'page_starts' | 'page_boxes'>;

const META_COLUMNS = [
  'project_id',
  'id',
  'name',
  'kind',
  'media_type',
  'size',
  'sha256',
  'page_count',
  'char_count',
  'warnings',
  'created_by',
  'created_at',
] as const;

/** The wire form of DocumentRecord (a mutable warnings array, as the response schema types it). */
export type DocumentView = DocumentRecord & { warnings: string[] };

export function toDocumentRecord(row: DocumentMeta): DocumentView {
  return {
    id: row.id as DocumentRecord['id'],
    projectId: row.project_id as DocumentRecord['projectId'],
    name: row.name,
    kind: row.kind,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    ...(row.page_count !== null ? { pageCount: row.page_count } : {}),
    charCount: row.char_count,
    warnings: JSON.parse(row.warnings) as string[],
    createdAt: row.created_at,
  };
}

/** Text as stored: NUL is never meaningful and PostgreSQL text cannot hold it. */
export function stripNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/** A safe display name: no path, no control characters, bounded length. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';

  const cleaned = [...base]
    .filter((c) => c.charCodeAt(0) > 0x1f && c !== '\u007f')
    .join('')
    .trim()
    .slice(0, 255);
  return replaceLoneSurrogates(cleaned) || 'document';
}

export interface UploadInput {
  readonly id?: string;
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface Canonical {
  readonly text: string;
  readonly pageStarts: readonly number[] | null;
  readonly pageCount: number | null;
  readonly pageBoxes: readonly (PdfRect | null)[] | null;
  readonly warnings: readonly string[];
}

export function createDocumentService(db: Kysely<Database>, pdf: PdfExtractor) {
  async function canonical(kind: 'pdf' | 'text', bytes: Uint8Array): Promise<Canonical> {
    if (kind === 'text') {
      try {
        return {
          text: stripNul(decodeText(bytes)),
          pageStarts: null,
          pageCount: null,
          pageBoxes: null,
          warnings: [],
        };
      } catch (error) {
        if (error instanceof ImportProblem)
          throw new ServiceError('unprocessable', 'the file is not readable text', {
            problem: error.code,
          });
        throw error;
      }
    }
    const reply = await pdf.extract(bytes);
    if (!reply.ok)
      throw new ServiceError('unprocessable', `the PDF could not be read: ${reply.detail}`, {
        problem: reply.code,
      });
    // buildPageText already drops NUL; stripping here again would shift the page table.
    return {
      text: reply.text,
      pageStarts: reply.pageStarts,
      pageCount: reply.pageCount,
      pageBoxes: reply.pageBoxes,
      warnings: reply.warnings,
    };
  }

  async function meta(projectId: string, documentId: string): Promise<DocumentMeta> {
    const row = await db
      .selectFrom('documents')
      .select(META_COLUMNS)
      .where('project_id', '=', projectId)
      .where('id', '=', documentId)
      .executeTakeFirst();
    if (!row) throw notFound('document');
    return row;
  }

  return {
    /** Whether the principal may upload here, asked before the upload's body is read. */
    async authorizeUpload(principal: Principal, projectId: string): Promise<void> {
      await requireProject(db, principal, projectId, 'manage');
    },

    async upload(
      principal: Principal,
      projectId: string,
      input: UploadInput,
    ): Promise<DocumentView> {
      await requireProject(db, principal, projectId, 'manage');
      if (input.bytes.length === 0)
        throw new ServiceError('unprocessable', 'the file is empty', { problem: 'empty' });
      const name = cleanFileName(input.name);
      const sha256 = createHash('sha256').update(input.bytes).digest('hex');
      const id = input.id ?? uuidv7();
      const existing = await db
        .selectFrom('documents')
        .select(META_COLUMNS)
        .where('project_id', '=', projectId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (existing) {
        // A retried upload with the same id and bytes is the same document.
        if (existing.sha256 === sha256) return toDocumentRecord(existing);
        throw new ServiceError('conflict', 'a different document has that id');
      }
      const { kind, mediaType } = sniffDocument(input.bytes, name);
      const content = await canonical(kind, input.bytes);
      const row: DocumentRow = {
        project_id: projectId,
        id,
        name,
        kind,
        media_type: mediaType,
        size: input.bytes.length,
        sha256,
        page_count: content.pageCount,
        char_count: content.text.length,
        warnings: JSON.stringify(content.warnings),
        text: content.text,
        page_starts: content.pageStarts ? JSON.stringify(content.pageStarts) : null,
        page_boxes: content.pageBoxes ? JSON.stringify(content.pageBoxes) : null,
        created_by: principal.id,
        created_at: new Date().toISOString(),
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('documents').values(row).execute();
        await trx
          .insertInto('document_files')
          .values({ project_id: projectId, document_id: id, bytes: input.bytes })
          .execute();
      });
      await audit(db, {
        actorId: principal.id,
        action: 'document.upload',
        projectId,
        subjectId: id,
        detail: { sha256, size: row.size },
      });
      return toDocumentRecord(row);
    },

    async list(principal: Principal, projectId: string): Promise<DocumentView[]> {
      await requireProject(db, principal, projectId, 'read');
      const rows = await db
        .selectFrom('documents')
        .select(META_COLUMNS)
        .where('project_id', '=', projectId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toDocumentRecord);
    },

    async get(principal: Principal, projectId: string, documentId: string): Promise<DocumentView> {
      await requireProject(db, principal, projectId, 'read');
      return toDocumentRecord(await meta(projectId, documentId));
    },

    async content(principal: Principal, projectId: string, documentId: string) {
      await requireProject(db, principal, projectId, 'read');
      const row = await db
        .selectFrom('documents')
        .select(['id', 'text', 'page_starts'])
        .where('project_id', '=', projectId)
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (!row) throw notFound('document');
      return {
        documentId: row.id,
        text: row.text,
        ...(row.page_starts ? { pageStarts: JSON.parse(row.page_starts) as number[] } : {}),
      };
    },

    async file(principal: Principal, projectId: string, documentId: string) {
      await requireProject(db, principal, projectId, 'read');
      const info = await meta(projectId, documentId);
      const file = await db
        .selectFrom('document_files')
        .select('bytes')
        .where('project_id', '=', projectId)
        .where('document_id', '=', documentId)
        .executeTakeFirstOrThrow();
      return { name: info.name, mediaType: info.media_type, bytes: file.bytes };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
