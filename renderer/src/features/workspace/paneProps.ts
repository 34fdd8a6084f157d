import type {
  Annotation,
  AnnotationBody,
  AnnotationTarget,
} from '../../../../shared/model/annotation';
import type { DocumentContent, DocumentRecord } from '../../../../shared/model/document';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import type { AnnotationBatch, AnnotationPatch } from '../../stores/useAnnotationStore';

/**
 * What a labelling pane gets from its host. Panes know nothing of stores or the database (as
 * zotero/reader does): they render, and report what the expert did through these callbacks.
 */
export interface PaneProps {
  readonly document: DocumentRecord;
  readonly content: DocumentContent;
  readonly annotations: readonly Annotation[];
  readonly schema: LabelSchema;
  readonly selectedId?: AnnotationId;
  readonly onSelect: (id: AnnotationId | undefined) => void;
  readonly onCreate: (target: AnnotationTarget, body: AnnotationBody) => Promise<Annotation>;
  readonly onUpdate: (id: AnnotationId, patch: AnnotationPatch) => Promise<void>;
  readonly onDelete: (ids: readonly AnnotationId[]) => Promise<void>;
  /** Several edits as one undoable step (e.g. a span deleted with the relations pointing at it). */
  readonly onBatch?: (batch: AnnotationBatch) => Promise<void>;
}
