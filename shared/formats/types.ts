import type { Annotation } from '../model/annotation';
import type { AnnotationId, DocumentId } from '../model/ids';
import type { DocumentContent, DocumentRecord } from '../model/document';

/** Every format the converters speak; the registry lists them for the UI and the CLI. */
export type FormatId =
  'w3c' | 'label-studio' | 'span-jsonl' | 'chat-jsonl' | 'preference-jsonl' | 'brat' | 'conll';

/**
 * The parts of a document's content the converters read (a full DocumentContent fits). The
 * original bytes are optional; BRAT looks at them for a byte-order mark.
 */
export type TextContent = Pick<DocumentContent, 'text' | 'pageStarts' | 'pageBoxes'> &
  Partial<Pick<DocumentContent, 'bytes'>>;

/** A document as the UI and the server hold it. */
export interface DocumentInput {
  readonly record: DocumentRecord;
  readonly content: TextContent;
}

/** One document and its annotations, the unit every export takes (a project is several). */
export interface ExportItem extends DocumentInput {
  readonly annotations: readonly Annotation[];
}

/** A file read for import, already decoded to text by the caller (see shared/files/decodeText). */
export interface InputFile {
  readonly name: string;
  readonly text: string;
}

export interface OutputFile {
  readonly name: string;
  readonly mediaType: string;
  readonly text: string;
}

/**
 * - `invalid`: the input breaks the format's rules; the item was rejected.
 * - `unsupported`: valid in the format but not representable on the other side; it was skipped.
 * - `lossy`: converted, but something was dropped or approximated (the message says what).
 * - `warning`: converted exactly; something deserves a look (e.g. legacy offsets were detected).
 */
export type IssueKind = 'invalid' | 'unsupported' | 'lossy' | 'warning';

export interface ConversionIssue {
  readonly kind: IssueKind;
  /** Stable machine code (`overlap`, `partial-token`, …) for the UI to group and translate. */
  readonly code: string;
  /** An English sentence that says what happened and to what. */
  readonly message: string;
  readonly documentId?: DocumentId;
  readonly annotationId?: AnnotationId;
  /** Where in the source file: `line 12`, `$[3].target`. */
  readonly location?: string;
}

export interface ConversionCounts {
  readonly documents: number;
  /** Export: annotations given. Import: annotation-like items found in the file. */
  readonly annotationsRead: number;
  /** Export: annotations that made it into the output (wholly or partly). Import: annotations made. */
  readonly annotationsWritten: number;
  /** Annotations or items left out entirely (each has an issue saying why). */
  readonly annotationsSkipped: number;
  /** Output units: entities, spans, JSONL lines, tokens, W3C annotations, Label Studio results. */
  readonly records: number;
}

export interface ConversionReport {
  readonly format: FormatId;
  readonly direction: 'import' | 'export';
  readonly counts: ConversionCounts;
  /** True when nothing was rejected, skipped or approximated (warnings do not count). */
  readonly lossless: boolean;
  /** Issue count per code, complete even when `issues` is truncated. */
  readonly summary: Readonly<Record<string, number>>;
  /** The first issues in detail (capped so a huge project cannot flood the UI). */
  readonly issues: readonly ConversionIssue[];
  /** Issues left out of `issues` by the cap. */
  readonly issuesOmitted: number;
}

export interface ExportResult {
  readonly files: readonly OutputFile[];
  readonly report: ConversionReport;
}

export interface ImportResult {
  readonly annotations: readonly Annotation[];
  readonly report: ConversionReport;
}

export interface ImportOptions {
  /** Id factory for new annotations (tests pass a deterministic one). Default: UUIDv7. */
  readonly newId?: () => AnnotationId;
  /** ISO-8601 instant stamped on annotations whose file gives no time. Default: now. */
  readonly now?: string;
}
