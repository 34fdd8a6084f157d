import { decodeText } from '../../../../shared/files/decodeText';
import { sha256Hex } from '../../../../shared/files/sha256';
import { encodeWarning, type DocumentWarning } from '../../../../shared/files/warnings';
import type { PickedFile } from '../../../../shared/ipc/contract';
import type { DocumentContent, DocumentRecord } from '../../../../shared/model/document';
import { newId, type DocumentId, type ProjectId } from '../../../../shared/model/ids';
import type { PdfExtraction } from './extractPdf';

export interface BuiltDocument {
  readonly record: DocumentRecord;
  readonly content: DocumentContent;
}

export interface BuildDeps {
  readonly projectId: ProjectId;
  readonly extractPdf: (bytes: Uint8Array) => Promise<PdfExtraction>;
  readonly now?: () => Date;
}

/** Turns picked bytes into a document record and its canonical text, or throws an ImportProblem. */
export async function buildDocument(file: PickedFile, deps: BuildDeps): Promise<BuiltDocument> {
  const id = newId<DocumentId>();
  const createdAt = (deps.now?.() ?? new Date()).toISOString();
  const sha256 = await sha256Hex(file.bytes);
  const base = {
    id,
    projectId: deps.projectId,
    name: file.name,
    mediaType: file.mediaType,
    size: file.bytes.length,
    sha256,
    createdAt,
  };
  if (file.kind === 'text') {
    const text = decodeText(file.bytes);
    return {
      record: { ...base, kind: 'text', charCount: text.length, warnings: [] },
      content: { documentId: id, bytes: file.bytes, text },
    };
  }
  const pdf = await deps.extractPdf(file.bytes);
  const typed: DocumentWarning[] = pdf.passwordProtected
    ? [...pdf.warnings, { code: 'passwordProtected' }]
    : [...pdf.warnings];
  const warnings = typed.map(encodeWarning);
  return {
    record: {
      ...base,
      kind: 'pdf',
      pageCount: pdf.pageCount,
      charCount: pdf.text.length,
      warnings,
    },
    content: { documentId: id, bytes: file.bytes, text: pdf.text, pageStarts: pdf.pageStarts },
  };
}
