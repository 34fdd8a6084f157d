import type { PdfRect } from './annotation';
import type { DocumentId, ProjectId } from './ids';

export type DocumentKind = 'pdf' | 'text';

/** Listing metadata for a document; the bytes and canonical text live in `DocumentContent`. */
export interface DocumentRecord {
  readonly id: DocumentId;
  readonly projectId: ProjectId;
  readonly name: string;
  readonly kind: DocumentKind;
  readonly mediaType: string;
  /** Size of the original file in bytes. */
  readonly size: number;
  /** Lower-case hex SHA-256 of the original bytes. */
  readonly sha256: string;
  /** Pages for PDFs; absent for text. */
  readonly pageCount?: number;
  /** Length of the canonical text in UTF-16 code units. */
  readonly charCount: number;
  /** Problems found while importing that did not stop it (e.g. pages pdf.js could not read). */
  readonly warnings: readonly string[];
  /** ISO-8601 instant. */
  readonly createdAt: string;
}

/**
 * The document's canonical text, which every text anchor indexes (UTF-16 code units).
 * For PDFs it is the page texts joined by PAGE_SEPARATOR; `pageStarts[i]` is where page i begins.
 */
export interface DocumentContent {
  readonly documentId: DocumentId;
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly pageStarts?: readonly number[];
  /**
   * For PDFs, each page's view box in PDF user space (pdf.js `page.view`), when known. Formats that
   * place boxes relative to the page (Label Studio's percentages) need it.
   */
  readonly pageBoxes?: readonly PdfRect[];
}
