import type { AnnotationWire } from '../model/annotationSchema';
import type { Mutation, RejectReason } from './protocol';

/** What the server knows of an annotation before a mutation touches it. */
export interface StoredAnnotation {
  readonly creatorId: string;
  readonly documentId: string;
  readonly deleted: boolean;
}

/** The facts about a document that a target must fit. */
export interface DocumentFacts {
  readonly charCount: number;
  /** Pages for PDFs; undefined for text documents. */
  readonly pageCount: number | undefined;
}

/** The pushing account's rights in the mutation's project. */
export interface ActorRights {
  readonly userId: string;
  /** May create annotations and change their own. */
  readonly canWrite: boolean;
  /** May change or delete annotations others created (reviewers). */
  readonly canEditOthers: boolean;
}

export type Decision =
  | {
      readonly outcome: 'apply';
      /** The row after the mutation; `annotation` is absent for deletions. */
      readonly next: StoredAnnotation;
      readonly annotation?: AnnotationWire;
    }
  | { readonly outcome: 'skip' }
  | { readonly outcome: 'reject'; readonly reason: RejectReason };

export function mutationProjectId(mutation: Mutation): string {
  return mutation.kind === 'annotation.put' ? mutation.annotation.projectId : mutation.projectId;
}

export function mutationAnnotationId(mutation: Mutation): string {
  return mutation.kind === 'annotation.put' ? mutation.annotation.id : mutation.annotationId;
}

/** Whether a target lies inside its document (offsets in UTF-16 units, pages zero-based). */
export function targetFits(annotation: AnnotationWire, document: DocumentFacts): boolean {
  const { target } = annotation;
  const pageOk = (pageIndex: number): boolean =>
    document.pageCount !== undefined && pageIndex < document.pageCount;
  switch (target.kind) {
    case 'document':
      return true;
    case 'region':
      return pageOk(target.page.pageIndex);
    case 'span':
      return (
        target.position.start <= target.position.end &&
        target.position.end <= document.charCount &&
        target.quote.exact.length === target.position.end - target.position.start &&
        (target.pages ?? []).every((p) => pageOk(p.pageIndex))
      );
  }
}

/**
 * The server's rule for one annotation mutation. Changes are ordered by the server (last writer
 * wins in commit order; client clocks are never consulted); a deletion is final, so an edit that
 * arrives after it is rejected and the editor sees it in their rejected list rather than silently
 * resurrecting the annotation. Deleting what does not exist (or no longer does) is a no-op.
 */
export function decideMutation(
  mutation: Mutation,
  existing: StoredAnnotation | undefined,
  document: DocumentFacts | undefined,
  actor: ActorRights,
  /** The project's label ids; when given, every label a put carries must be one of them. */
  allowedLabels?: ReadonlySet<string>,
): Decision {
  if (!actor.canWrite) return { outcome: 'reject', reason: 'forbidden' };
  const ownsOrMayEdit =
    existing === undefined || existing.creatorId === actor.userId || actor.canEditOthers;

  if (mutation.kind === 'annotation.delete') {
    if (existing === undefined || existing.deleted) return { outcome: 'skip' };
    if (!ownsOrMayEdit) return { outcome: 'reject', reason: 'forbidden' };
    return { outcome: 'apply', next: { ...existing, deleted: true } };
  }

  const { annotation } = mutation;
  if (existing?.deleted) return { outcome: 'reject', reason: 'deleted' };
  if (!ownsOrMayEdit) return { outcome: 'reject', reason: 'forbidden' };
  if (document === undefined) return { outcome: 'reject', reason: 'notFound' };
  if (existing !== undefined && existing.documentId !== annotation.documentId)
    return { outcome: 'reject', reason: 'invalid' };
  if (!targetFits(annotation, document)) return { outcome: 'reject', reason: 'invalid' };
  if (allowedLabels && !annotation.body.labels.every((label) => allowedLabels.has(label)))
    return { outcome: 'reject', reason: 'invalid' };
  const creatorId = existing?.creatorId ?? actor.userId;
  return {
    outcome: 'apply',
    next: { creatorId, documentId: annotation.documentId, deleted: false },
    // The creator is the server's to say, never the client's.
    annotation: { ...annotation, creatorId },
  };
}
