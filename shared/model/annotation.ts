import type { AnswerReviewResult } from './answerReview';
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
      /**
       * A discontinuous span (BRAT's `T1 Label 0 4;9 12`): the pieces it covers, sorted and
       * non-overlapping. `position` and `quote` then describe their hull, so code that ignores
       * fragments still sees the right region. Absent for an ordinary contiguous span.
       */
      readonly fragments?: readonly TextPosition[];
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
  /** The code's IRI when it came from outside (W3C import); otherwise derived from system + code. */
  readonly iri?: string;
  /**
   * W3C purpose: `classifying` (the span is an instance of the code, the default) or `identifying`
   * (the span names the coded thing, e.g. BRAT normalisations and entity linking).
   */
  readonly purpose?: 'classifying' | 'identifying';
}

export interface Relation {
  readonly type: string;
  readonly targetId: AnnotationId;
}

export interface RankedAnswer {
  /** Stable within the ranking (e.g. `a`, `b` or the generating model's response id). */
  readonly id: string;
  readonly text: string;
  /** 1 is best. Equal ranks are ties. */
  readonly rank: number;
}

/** An answer-ranking task's result: candidate answers to one prompt, ranked by the expert. */
export interface AnswerRanking {
  /** The prompt the answers respond to; absent = the annotation's target text is the prompt. */
  readonly prompt?: string;
  readonly answers: readonly RankedAnswer[];
}

export interface AnnotationBody {
  readonly labels: readonly string[];
  readonly rationale?: string;
  readonly codes?: readonly CodeRef[];
  readonly relations?: readonly Relation[];
  /** 0..1, the annotator's own confidence. */
  readonly confidence?: number;
  readonly ranking?: AnswerRanking;
  /** An answer review's rubric scores, error marks and rewrite (task type `answerReview`). */
  readonly review?: AnswerReviewResult;
}

/** Who made an annotation, as other tools describe it (W3C `creator`, Label Studio `completed_by`). */
export interface Agent {
  readonly kind: 'person' | 'software' | 'organization';
  readonly name?: string;
  /** The agent's IRI in the system it came from. */
  readonly iri?: string;
}

/**
 * Marks an annotation a model proposed (Label Studio `predictions`): the expert has not yet
 * confirmed it. Confirming or correcting it removes this field.
 */
export interface PreAnnotation {
  /** Where the proposal came from, e.g. `label-studio`. */
  readonly source: string;
  readonly modelVersion?: string;
  /** The model's score, 0..1 when the source says so. */
  readonly score?: number;
}

export interface Annotation {
  readonly id: AnnotationId;
  readonly projectId: ProjectId;
  readonly documentId: DocumentId;
  readonly target: AnnotationTarget;
  readonly body: AnnotationBody;
  readonly creatorId?: UserId;
  /** The creator as described by an imported file, kept so exports can name them again. */
  readonly creator?: Agent;
  readonly preAnnotation?: PreAnnotation;
  /**
   * Ids this annotation has in other formats, keyed by format id (`brat` → `T7`, `label-studio` →
   * a result id), so a file that is imported and exported again keeps its ids.
   */
  readonly externalIds?: Readonly<Record<string, string>>;
  /** ISO-8601 instants from the client clock; display only, never used to order sync. */
  readonly createdAt: string;
  readonly updatedAt: string;
}
