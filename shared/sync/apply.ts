import type { AnnotationWire } from '../model/annotationSchema';
import type { Mutation, RejectReason } from './protocol';
import { targetProblem, type TargetDocument } from './targetCheck';

/** What the server knows of an annotation before a mutation touches it. */
export interface StoredAnnotation {
  readonly creatorId: string;
  readonly documentId: string;
  readonly deleted: boolean;
  /**
   * For a deleted annotation, the account whose deletion the server applied (unknown for
   * deletions older than this field). Only that account may restore it: anyone else's edit or
   * restore meets a deletion they did not make, which is a real conflict.
   */
  readonly deletedBy?: string;
}

/** The pushing account's rights in the mutation's project. */
export interface ActorRights {
  readonly userId: string;
  /** May create annotations and change their own. */
  readonly canWrite: boolean;
  /** May change or delete annotations others created (reviewers). */
  readonly canEditOthers: boolean;
  /**
   * Sees annotations others created (reviewers, managers); without it an account sees only its
   * own, so its relations may point only at its own.
   */
  readonly canSeeOthers: boolean;
}

/** Everything besides the annotation's own row that a decision reads. */
export interface DecisionContext {
  /** The annotation's document (undefined: not in this project). */
  readonly document: TargetDocument | undefined;
  readonly actor: ActorRights;
  /** The project's label ids; when given, every label a put carries must be one of them. */
  readonly allowedLabels?: ReadonlySet<string>;
  /**
   * Annotations of the mutation's project by id (those applied earlier in the same push
   * included); relations may point only at these, or at `pushedIds`.
   */
  readonly annotationOf: (id: string) => StoredAnnotation | undefined;
  /**
   * Annotations this push writes into the project (puts and restores, wherever they stand in it):
   * an import sends a relation's source before its target as often as after, and both are the
   * pusher's own.
   */
  readonly pushedIds?: ReadonlySet<string>;
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

/** A mutation that carries an annotation (a put or a restore). */
export type AnnotationWrite = Exclude<Mutation, { kind: 'annotation.delete' }>;

export function writesAnnotation(mutation: Mutation): mutation is AnnotationWrite {
  return mutation.kind !== 'annotation.delete';
}

export function mutationProjectId(mutation: Mutation): string {
  return writesAnnotation(mutation) ? mutation.annotation.projectId : mutation.projectId;
}

export function mutationAnnotationId(mutation: Mutation): string {
  return writesAnnotation(mutation) ? mutation.annotation.id : mutation.annotationId;
}

/**
 * Relations must point at other annotations of the project that the actor can see (deleted ones
 * included: a relation to an annotation deleted meanwhile is dangling, not foreign).
 */
function relationsFit(annotation: AnnotationWire, context: DecisionContext): boolean {
  const { actor } = context;
  return (annotation.body.relations ?? []).every(({ targetId }) => {
    if (targetId === annotation.id) return false;
    if (context.pushedIds?.has(targetId)) return true;
    const target = context.annotationOf(targetId);
    return target !== undefined && (target.creatorId === actor.userId || actor.canSeeOthers);
  });
}

/**
 * The server's rule for one annotation mutation. Changes are ordered by the server (last writer
 * wins in commit order; client clocks are never consulted). A deletion stands against edits that
 * arrive after it: the editor sees theirs in their rejected list rather than silently resurrecting
 * the annotation. Only an explicit restore by the account that deleted it brings it back (their
 * undo), as a new version. Deleting what does not exist (or no longer does) is a no-op.
 */
export function decideMutation(
  mutation: Mutation,
  existing: StoredAnnotation | undefined,
  context: DecisionContext,
): Decision {
  const { actor, document, allowedLabels } = context;
  if (!actor.canWrite) return { outcome: 'reject', reason: 'forbidden' };
  const ownsOrMayEdit =
    existing === undefined || existing.creatorId === actor.userId || actor.canEditOthers;

  if (mutation.kind === 'annotation.delete') {
    if (existing === undefined || existing.deleted) return { outcome: 'skip' };
    if (!ownsOrMayEdit) return { outcome: 'reject', reason: 'forbidden' };
    return { outcome: 'apply', next: { ...existing, deleted: true, deletedBy: actor.userId } };
  }

  const { annotation } = mutation;
  if (existing?.deleted) {
    const ownUndo = mutation.kind === 'annotation.restore' && existing.deletedBy === actor.userId;
    if (!ownUndo) return { outcome: 'reject', reason: 'deleted' };
  }
  if (!ownsOrMayEdit) return { outcome: 'reject', reason: 'forbidden' };
  if (document === undefined) return { outcome: 'reject', reason: 'notFound' };
  if (existing !== undefined && existing.documentId !== annotation.documentId)
    return { outcome: 'reject', reason: 'invalid' };
  const problem = targetProblem(annotation.target, document);
  if (problem) return { outcome: 'reject', reason: problem };
  if (allowedLabels && !annotation.body.labels.every((label) => allowedLabels.has(label)))
    return { outcome: 'reject', reason: 'invalid' };
  if (!relationsFit(annotation, context)) return { outcome: 'reject', reason: 'relationTarget' };
  const creatorId = existing?.creatorId ?? actor.userId;
  return {
    outcome: 'apply',
    next: { creatorId, documentId: annotation.documentId, deleted: false },
    // The creator is the server's to say, never the client's.
    annotation: { ...annotation, creatorId },
  };
}
