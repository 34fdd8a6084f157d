/**
 * A minimal W3C Web Annotation (JSON-LD) export of a project's annotations, until the full
 * converter in shared/formats/w3c.ts replaces the per-annotation mapping (`toW3cAnnotation`).
 * Text positions are converted from UTF-16 code units (our model) to Unicode code points, which
 * is what the Web Annotation model counts.
 */
import type { Kysely } from 'kysely';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import { targetShapeProblem, type TargetDocument } from '../../../../shared/sync/targetCheck';
import type { Database } from '../../db/schema';
import { requireProject } from '../core/access';
import type { Principal } from '../core/principal';
import { DOCUMENT_FACTS, toTargetDocument } from '../sync/syncDocuments';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The identifier the Web Annotation model gives PDF fragments (an IRI, never fetched). */
// eslint-disable-next-line @microsoft/sdl/no-insecure-url -- a spec identifier, not a URL we load
export const PDF_FRAGMENT_SPEC = 'http://tools.ietf.org/rfc/rfc3778';

/** Code points in the first `offset` UTF-16 units of `text`. */
export function codePointOffset(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it at the low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) continue;
    }
    points++;
  }
  return points;
}

const urn = (id: string) => `urn:uuid:${id}`;

export function toW3cAnnotation(
  annotation: AnnotationWire,
  documentText: string | undefined,
): Record<string, unknown> {
  const bodies: Record<string, unknown>[] = annotation.body.labels.map((label) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: label,
  }));
  if (annotation.body.rationale)
    bodies.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: annotation.body.rationale,
      format: 'text/plain',
    });
  for (const code of annotation.body.codes ?? [])
    bodies.push({
      type: 'TextualBody',
      purpose: 'classifying',
      value: `${code.system}:${code.code}`,
      ...(code.display ? { label: code.display } : {}),
    });
  for (const relation of annotation.body.relations ?? [])
    bodies.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: urn(relation.targetId),
      ...{ label: relation.type },
    });

  const source = urn(annotation.documentId);
  const { target } = annotation;
  let w3cTarget: Record<string, unknown> | string = source;
  if (target.kind === 'span') {
    const selectors: Record<string, unknown>[] = [
      {
        type: 'TextQuoteSelector',
        exact: target.quote.exact,
        prefix: target.quote.prefix,
        suffix: target.quote.suffix,
      },
    ];
    if (documentText !== undefined)
      selectors.unshift({
        type: 'TextPositionSelector',
        start: codePointOffset(documentText, target.position.start),
        end: codePointOffset(documentText, target.position.end),
      });
    w3cTarget = { source, selector: selectors.length === 1 ? selectors[0] : selectors };
  } else if (target.kind === 'region') {
    const rect = target.page.rects[0];
    const viewrect = rect
      ? `&viewrect=${Math.min(rect.x1, rect.x2)},${Math.min(rect.y1, rect.y2)},${Math.abs(rect.x2 - rect.x1)},${Math.abs(rect.y2 - rect.y1)}`
      : '';
    w3cTarget = {
      source,
      selector: {
        type: 'FragmentSelector',
        conformsTo: PDF_FRAGMENT_SPEC,
        value: `page=${target.page.pageIndex + 1}${viewrect}`,
      },
    };
  }
  const motivation = annotation.body.rationale ? ['tagging', 'commenting'] : 'tagging';
  return {
    id: urn(annotation.id),
    type: 'Annotation',
    motivation,
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(annotation.creatorId ? { creator: { id: urn(annotation.creatorId), type: 'Person' } } : {}),
    ...(bodies.length ? { body: bodies.length === 1 ? bodies[0] : bodies } : {}),
    target: w3cTarget,
  };
}

/** Every live annotation of a project as one AnnotationCollection with a single page. */
export async function exportProjectW3c(
  db: Kysely<Database>,
  principal: Principal,
  projectId: string,
) {
  const { project } = await requireProject(db, principal, projectId, 'manage');
  const rows = await db
    .selectFrom('annotations')
    .select(['data', 'document_id'])
    .where('project_id', '=', projectId)
    .where('deleted', '=', 0)
    .orderBy('version')
    .execute();
  const documents = new Map<string, TargetDocument | undefined>();
  const items: Record<string, unknown>[] = [];
  for (const row of rows) {
    if (!documents.has(row.document_id)) {
      const doc = await db
        .selectFrom('documents')
        .select(DOCUMENT_FACTS)
        .where('project_id', '=', projectId)
        .where('id', '=', row.document_id)
        .executeTakeFirst();
      documents.set(row.document_id, doc && toTargetDocument(doc));
    }
    const annotation = JSON.parse(row.data) as AnnotationWire;
    const document = documents.get(row.document_id);
    // A row stored before targets were checked, in a shape that is no place in its document, is
    // left out rather than exported with offsets that mean nothing.
    if (document && targetShapeProblem(annotation.target, document)) continue;
    items.push(toW3cAnnotation(annotation, document?.text));
  }
  return {
    '@context': W3C_CONTEXT,
    id: `urn:uuid:${projectId}`,
    type: 'AnnotationCollection',
    label: project.name,
    total: items.length,
    first: { id: `urn:uuid:${projectId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
