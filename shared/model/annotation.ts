import type { AnnotationId, DocumentId, ProjectId, UserId } from './ids';

/** Offsets into the document's canonical text, in UTF-16 code units; `end` is exclusive. */
export interface TextPosition {
  readonly start: number;
  readonly end: number;
}

/** The selected text with context, used to re-anchor when positions no longer match. */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A rectangle in PDF user space (points, origin at the page's bottom-left, unrotated). */
export interface PdfRect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface PageArea {
  /** Zero-based page index. */
  readonly pageIndex: number;
  readonly rects: readonly PdfRect[];
}

export type AnnotationTarget =
  /** A span of text; PDF spans also carry the page rectangles they cover (possibly several pages). */
  | {
      readonly kind: 'span';
      readonly position: TextPosition;
      readonly quote: TextQuote;
      readonly pages?: readonly PageArea[];
    }
  /** A box on a page (scans, figures, tables): page + rectangle only. */
  | { readonly kind: 'region'; readonly page: PageArea }
  /** The whole document (classification, interpretation). */
  | { readonly kind: 'document' };

export interface CodeRef {
  /** Code system identifier, e.g. `icd10cm`. */
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

export interface Relation {
  readonly type: string;
  readonly targetId: AnnotationId;
}

export interface AnnotationBody {
  readonly labels: readonly string[];
  readonly rationale?: string;
  readonly codes?: readonly CodeRef[];
  readonly relations?: readonly Relation[];
  /** 0..1, the annotator's own confidence. */
  readonly confidence?: number;
}

export interface Annotation {
  readonly id: AnnotationId;
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly target: AnnotationTarget;
  readonly body: AnnotationBody;
  readonly creatorId?: UserId;
  /** ISO-8601 instants from the client clock; display only, never used to order sync. */
  readonly createdAt: string;
  readonly updatedAt: string;
}
