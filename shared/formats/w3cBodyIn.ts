import type { AnnotationBody, AnswerRanking, CodeRef, Relation } from '../model/annotation';
import type { AnnotationId } from '../model/ids';
import { asArray, isIri, isObject, types } from './w3cValidate';
import { readReview } from './w3cReview';
import { codeIri, EXT, parseCodeIri, uuidOfIri } from './w3cVocab';

type Json = Record<string, unknown>;

export interface BodyResult {
  readonly body: AnnotationBody;
  /** Things read only approximately or dropped, one sentence each. */
  readonly losses: readonly string[];
}

function purposeOf(body: Json | string, motivations: readonly string[]): string | undefined {
  const own =
    typeof body === 'string'
      ? undefined
      : asArray(body.purpose).find((p): p is string => typeof p === 'string');
  return own ?? motivations[0];
}

function readCode(source: string, purpose: string, extension: unknown): CodeRef {
  const ext = isObject(extension) ? extension : {};
  const parsed = parseCodeIri(source);
  const system = typeof ext.system === 'string' ? ext.system : (parsed?.system ?? 'iri');
  const code = typeof ext.code === 'string' ? ext.code : (parsed?.code ?? source);
  const display = typeof ext.display === 'string' ? ext.display : '';
  const base: CodeRef = { system, code, display };
  return {
    ...base,
    ...(codeIri(base) !== source ? { iri: source } : {}),
    ...(purpose === 'identifying' ? { purpose: 'identifying' as const } : {}),
  };
}

function readRanking(value: unknown): AnswerRanking | undefined {
  if (!isObject(value) || !Array.isArray(value.answers)) return undefined;
  const answers = value.answers.filter(
    (a): a is { id: string; text: string; rank: number } =>
      isObject(a) &&
      typeof a.id === 'string' &&
      typeof a.text === 'string' &&
      typeof a.rank === 'number',
  );
  if (answers.length !== value.answers.length) return undefined;
  const clean = answers.map(({ id, text, rank }) => ({ id, text, rank }));
  return typeof value.prompt === 'string'
    ? { prompt: value.prompt, answers: clean }
    : { answers: clean };
}

/**
 * Maps W3C bodies onto our body: tagging TextualBodies are labels, commenting (or unqualified)
 * ones the rationale, classifying/identifying resources codes, linking resources that name an
 * annotation relations. `motivations` stands in for a body's purpose when it has none.
 */
export function readBodies(bodies: readonly unknown[], motivations: readonly string[]): BodyResult {
  const labels: string[] = [];
  const comments: string[] = [];
  const codes: CodeRef[] = [];
  const relations: Relation[] = [];
  const losses: string[] = [];
  let ranking: AnswerRanking | undefined;
  let review: ReturnType<typeof readReview>;
  let rewrite: string | undefined;

  const read = (raw: unknown): void => {
    if (isObject(raw) && types(raw).includes('Choice')) {
      const items = asArray(raw.items);
      if (items.length > 1)
        losses.push(`a Choice of ${items.length} bodies: only the first was kept`);
      if (items[0] !== undefined) read(items[0]);
      return;
    }
    const body = isObject(raw) || typeof raw === 'string' ? raw : undefined;
    if (body === undefined) return;
    const purpose = purposeOf(body, motivations) ?? '';
    if (typeof body !== 'string' && typeof body.value === 'string' && body[EXT.rewrite] === true) {
      rewrite = body.value;
      return;
    }
    if (typeof body !== 'string' && typeof body.value === 'string' && body[EXT.review]) {
      review = readReview(body[EXT.review]);
      if (!review) losses.push('a malformed answer review was dropped');
      return;
    }
    // Citations travel inside the review's comments; the linking body is for other readers.
    if (typeof body !== 'string' && body[EXT.citation] !== undefined) return;
    if (typeof body !== 'string' && typeof body.value === 'string') {
      if (asArray(body.format).some((f) => f !== 'text/plain')) {
        losses.push(`a ${String(asArray(body.format)[0])} body was kept as its source text`);
      }
      const rankingValue = readRanking(body[EXT.ranking]);
      if (rankingValue) ranking = rankingValue;
      else if (purpose === 'tagging') labels.push(body.value);
      else {
        comments.push(body.value);
        if (!['commenting', 'describing', ''].includes(purpose)) {
          losses.push(`a ${purpose} text body was kept as rationale`);
        }
      }
      return;
    }
    const source = typeof body === 'string' ? body : isIri(body.source) ? body.source : body.id;
    if (!isIri(source)) {
      losses.push('a body with no usable IRI was dropped');
      return;
    }
    const extension = typeof body === 'string' ? undefined : body[EXT.code];
    const target = uuidOfIri(source);
    if (purpose === 'linking' && target) {
      const named = typeof body === 'string' ? undefined : body[EXT.relation];
      const type = typeof named === 'string' ? named : 'related';
      relations.push({ type, targetId: target as AnnotationId });
    } else if (purpose === 'classifying' || purpose === 'identifying') {
      codes.push(readCode(source, purpose, extension));
    } else if (purpose === 'tagging') {
      codes.push(readCode(source, 'identifying', extension));
      losses.push(`the semantic tag ${source} was kept as an identifying code`);
    } else {
      losses.push(
        `the external body ${source} was dropped (it is not a label, comment, code or relation)`,
      );
    }
  };

  bodies.forEach(read);
  if (comments.length > 1)
    losses.push(`${comments.length} comments were joined into one rationale`);
  const body: AnnotationBody = {
    labels,
    ...(comments.length > 0 ? { rationale: comments.join('\n\n') } : {}),
    ...(codes.length > 0 ? { codes } : {}),
    ...(relations.length > 0 ? { relations } : {}),
    ...(ranking ? { ranking } : {}),
    ...(review ? { review: { ...review, ...(rewrite !== undefined ? { rewrite } : {}) } } : {}),
  };
  if (rewrite !== undefined && !review) losses.push('a rewrite without its review was dropped');
  return { body, losses };
}
