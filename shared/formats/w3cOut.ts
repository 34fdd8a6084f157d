import type { Annotation, AnnotationBody } from '../model/annotation';
import { targetToW3c, type TargetContext } from './w3cTargetOut';
import { reviewToW3c } from './w3cReview';
import { annotationIri, codeIri, EXT, GENERATOR } from './w3cVocab';

type Json = Record<string, unknown>;

/** The motivation that best describes the annotation as a whole; bodies carry their own purpose. */
function motivation(body: AnnotationBody): string {
  if (body.ranking || body.review) return 'assessing';
  if (body.codes && body.codes.length > 0) return 'classifying';
  if (body.labels.length > 0) return 'tagging';
  if (body.rationale !== undefined) return 'commenting';
  if (body.relations && body.relations.length > 0) return 'linking';
  return 'highlighting';
}

/** A readable rendering of a ranking, for W3C consumers that ignore our extension. */
function rankingText(ranking: NonNullable<AnnotationBody['ranking']>): string {
  return [...ranking.answers]
    .sort((a, b) => a.rank - b.rank)
    .map((answer) => `${answer.rank}. ${answer.text}`)
    .join('\n');
}

export function bodiesToW3c(body: AnnotationBody): Json[] {
  const bodies: Json[] = body.labels.map((label) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: label,
  }));
  if (body.rationale !== undefined) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: body.rationale,
      format: 'text/plain',
    });
  }
  for (const code of body.codes ?? []) {
    bodies.push({
      type: 'SpecificResource',
      purpose: code.purpose ?? 'classifying',
      source: codeIri(code),
      [EXT.code]: { system: code.system, code: code.code, display: code.display },
    });
  }
  for (const relation of body.relations ?? []) {
    bodies.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: annotationIri(relation.targetId),
      [EXT.relation]: relation.type,
    });
  }
  if (body.ranking) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'assessing',
      value: rankingText(body.ranking),
      format: 'text/plain',
      [EXT.ranking]: body.ranking,
    });
  }
  bodies.push(...reviewToW3c(body));
  return bodies;
}

const AGENT_TYPES = {
  person: 'Person',
  software: 'Software',
  organization: 'Organization',
} as const;

/**
 * A platform user alone is written as their IRI; a described agent as an Agent object. Both
 * (an imported agent later tied to a user) keep the user id in an extension property.
 */
function creatorToW3c(annotation: Annotation): unknown {
  const { creator, creatorId } = annotation;
  const userIri = creatorId ? annotationIri(creatorId) : undefined;
  if (!creator) return userIri;
  const id = creator.iri ?? userIri;
  return {
    ...(id ? { id } : {}),
    type: AGENT_TYPES[creator.kind],
    ...(creator.name !== undefined ? { name: creator.name } : {}),
    ...(creatorId && creator.iri ? { [EXT.userId]: creatorId } : {}),
  };
}

/** One annotation as a W3C Web Annotation (without @context, which the container carries). */
export function annotationToW3c(ctx: TargetContext, annotation: Annotation): Json {
  const bodies = bodiesToW3c(annotation.body);
  const creator = creatorToW3c(annotation);
  const out: Json = {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: motivation(annotation.body),
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    ...(creator !== undefined ? { creator } : {}),
    generator: GENERATOR,
    ...(bodies.length === 1 ? { body: bodies[0] } : bodies.length > 1 ? { body: bodies } : {}),
    target: targetToW3c(ctx, annotation.target),
  };
  if (annotation.body.confidence !== undefined) out[EXT.confidence] = annotation.body.confidence;
  if (annotation.preAnnotation) out[EXT.preAnnotation] = annotation.preAnnotation;
  if (annotation.externalIds) out[EXT.externalIds] = annotation.externalIds;
  return out;
}
