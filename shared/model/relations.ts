/**
 * Relation integrity. A relation lives on its source annotation (`body.relations`, typed by the
 * schema's relation types) and points at a target annotation by id; a document-level rationale's
 * citations are relations of the reserved type `evidence`. These rules keep both ends meaningful:
 * what may relate to what, what is broken, and what must change when annotations are deleted.
 */
import type { Annotation, AnnotationBody, Relation } from './annotation';
import { citedIds, removeCitations } from './citations';
import type { AnnotationId } from './ids';
import type { LabelSchema, RelationTypeDef } from './labelSchema';

/** Type of the relations from a document-level rationale to the spans it cites. */
export const EVIDENCE_RELATION = 'evidence';

export type RelationProblemKind =
  | 'danglingTarget'
  | 'selfRelation'
  | 'unknownType'
  | 'sourceLabelNotAllowed'
  | 'targetLabelNotAllowed'
  | 'duplicate';

export interface RelationProblem {
  readonly sourceId: AnnotationId;
  readonly relation: Relation;
  readonly kind: RelationProblemKind;
}

function allows(allowed: readonly string[], labels: readonly string[]): boolean {
  return allowed.length === 0 || labels.some((label) => allowed.includes(label));
}

/** Relation types the schema allows from an annotation with `fromLabels` (to one with `toLabels`, if given). */
export function allowedRelationTypes(
  schema: LabelSchema,
  fromLabels: readonly string[],
  toLabels?: readonly string[],
): RelationTypeDef[] {
  return schema.relationTypes.filter(
    (type) => allows(type.from, fromLabels) && (!toLabels || allows(type.to, toLabels)),
  );
}

/** Why a new relation may not be added, or undefined when it may. */
export function checkRelation(
  schema: LabelSchema,
  source: Annotation,
  relation: Relation,
  target: Annotation | undefined,
): RelationProblemKind | undefined {
  if (!target) return 'danglingTarget';
  if (target.id === source.id) return 'selfRelation';
  if (relation.type === EVIDENCE_RELATION) return undefined;
  const type = schema.relationTypes.find((t) => t.id === relation.type);
  if (!type) return 'unknownType';
  if (!allows(type.from, source.body.labels)) return 'sourceLabelNotAllowed';
  if (!allows(type.to, target.body.labels)) return 'targetLabelNotAllowed';
  const exists = (source.body.relations ?? []).some(
    (r) => r.type === relation.type && r.targetId === relation.targetId,
  );
  return exists ? 'duplicate' : undefined;
}

/** Every broken relation among a document's annotations. */
export function relationProblems(
  annotations: readonly Annotation[],
  schema: LabelSchema,
): RelationProblem[] {
  const byId = new Map(annotations.map((a) => [a.id, a] as const));
  const problems: RelationProblem[] = [];
  for (const source of annotations) {
    const seen = new Set<string>();
    for (const relation of source.body.relations ?? []) {
      const key = `${relation.type}\u0000${relation.targetId}`;
      const kind = seen.has(key)
        ? 'duplicate'
        : checkRelation(
            schema,
            { ...source, body: { ...source.body, relations: [] } },
            relation,
            byId.get(relation.targetId),
          );
      seen.add(key);
      if (kind) problems.push({ sourceId: source.id, relation, kind });
    }
  }
  return problems;
}

export interface RelationEnd {
  readonly relation: Relation;
  /** The annotation at the other end. */
  readonly other: Annotation;
}

/**
 * Relations leaving and reaching one annotation, with the annotation at the other end. Two plain
 * passes over the list, no index: it runs on every edit in documents with 50,000 annotations.
 */
export function relationsOf(
  annotations: readonly Annotation[],
  id: AnnotationId,
): { outgoing: RelationEnd[]; incoming: RelationEnd[] } {
  const self = annotations.find((a) => a.id === id);
  const targets = new Set((self?.body.relations ?? []).map((r) => r.targetId));
  const found = new Map<AnnotationId, Annotation>();
  const incoming: RelationEnd[] = [];
  for (const other of annotations) {
    if (targets.has(other.id)) found.set(other.id, other);
    if (other.id === id || !other.body.relations) continue;
    for (const relation of other.body.relations)
      if (relation.targetId === id) incoming.push({ relation, other });
  }
  const outgoing: RelationEnd[] = [];
  for (const relation of self?.body.relations ?? []) {
    const other = found.get(relation.targetId);
    if (other) outgoing.push({ relation, other });
  }
  return { outgoing, incoming };
}

/** The body with one relation added (no-op when it is already there). */
export function withRelation(body: AnnotationBody, relation: Relation): AnnotationBody {
  const relations = body.relations ?? [];
  if (relations.some((r) => r.type === relation.type && r.targetId === relation.targetId))
    return body;
  return { ...body, relations: [...relations, relation] };
}

/** The body with one relation removed. */
export function withoutRelation(body: AnnotationBody, relation: Relation): AnnotationBody {
  const relations = (body.relations ?? []).filter(
    (r) => !(r.type === relation.type && r.targetId === relation.targetId),
  );
  return { ...body, relations: relations.length > 0 ? relations : undefined };
}

/**
 * Keeps a document-level rationale's `evidence` relations equal to the spans its text cites, and
 * leaves every other relation alone.
 */
export function withEvidenceFromRationale(body: AnnotationBody): AnnotationBody {
  const others = (body.relations ?? []).filter((r) => r.type !== EVIDENCE_RELATION);
  const evidence = citedIds(body.rationale ?? '').map((targetId) => ({
    type: EVIDENCE_RELATION,
    targetId,
  }));
  const relations = [...others, ...evidence];
  return { ...body, relations: relations.length > 0 ? relations : undefined };
}

export interface BodyUpdate {
  readonly id: AnnotationId;
  readonly body: AnnotationBody;
}

/**
 * What deleting `deletedIds` does to the annotations that remain: every relation pointing at a
 * deleted annotation goes, and so does every citation of it in a rationale. Returns only the
 * annotations that change.
 */
export function detachDeleted(
  annotations: readonly Annotation[],
  deletedIds: readonly AnnotationId[],
): BodyUpdate[] {
  const deleted = new Set(deletedIds);
  const updates: BodyUpdate[] = [];
  for (const annotation of annotations) {
    if (deleted.has(annotation.id)) continue;
    const relations = annotation.body.relations ?? [];
    const kept = relations.filter((r) => !deleted.has(r.targetId));
    const rationale = annotation.body.rationale;
    const cleaned = rationale === undefined ? undefined : removeCitations(rationale, deleted);
    if (kept.length === relations.length && cleaned === rationale) continue;
    updates.push({
      id: annotation.id,
      body: {
        ...annotation.body,
        relations: kept.length > 0 ? kept : undefined,
        rationale: cleaned,
      },
    });
  }
  return updates;
}

/** The annotations a span's outgoing relations point at (e.g. a medication's dosages). */
export function relationTargets(
  annotations: readonly Annotation[],
  id: AnnotationId,
): AnnotationId[] {
  const self = annotations.find((a) => a.id === id);
  const present = new Set(annotations.map((a) => a.id));
  return [...new Set((self?.body.relations ?? []).map((r) => r.targetId))].filter((t) =>
    present.has(t),
  );
}
