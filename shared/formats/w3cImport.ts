/** W3C Web Annotation import: validate, anchor in our text, map bodies (see w3c.ts for units). */
import { codePointIndex } from '../anchor/codePoints';
import type { Agent, Annotation, PreAnnotation } from '../model/annotation';
import type { AnnotationId, UserId } from '../model/ids';
import { importStamps, ReportBuilder } from './report';
import type { DocumentInput, ImportOptions, ImportResult, InputFile } from './types';
import { readBodies } from './w3cBodyIn';
import { readContainer } from './w3cContainer';
import { anchorTargets } from './w3cTargetIn';
import { asArray, isIri, isObject, types, validateAnnotation } from './w3cValidate';
import { documentIri, EXT, uuidOfIri } from './w3cVocab';

function readAgent(value: unknown, trust: boolean): { creator?: Agent; creatorId?: UserId } {
  const kinds: Record<string, Agent['kind']> = {
    Person: 'person',
    Software: 'software',
    Organization: 'organization',
  };
  const userOf = (iri: unknown): UserId | undefined =>
    trust && isIri(iri) ? (uuidOfIri(iri) as UserId | undefined) : undefined;
  if (isIri(value)) {
    const userId = userOf(value);
    return userId ? { creatorId: userId } : { creator: { kind: 'person', iri: value } };
  }
  if (!isObject(value)) return {};
  const kind = kinds[types(value)[0] ?? ''] ?? 'person';
  const name = typeof value.name === 'string' ? value.name : undefined;
  const explicitUser =
    trust && typeof value[EXT.userId] === 'string' ? (value[EXT.userId] as UserId) : undefined;
  const creatorId = explicitUser ?? userOf(value.id);
  const iri = isIri(value.id) && (explicitUser || !creatorId) ? value.id : undefined;
  const creator: Agent = { kind, ...(name !== undefined ? { name } : {}), ...(iri ? { iri } : {}) };
  return { creator, ...(creatorId ? { creatorId } : {}) };
}

function readPreAnnotation(value: unknown): PreAnnotation | undefined {
  if (!isObject(value) || typeof value.source !== 'string') return undefined;
  return {
    source: value.source,
    ...(typeof value.modelVersion === 'string' ? { modelVersion: value.modelVersion } : {}),
    ...(typeof value.score === 'number' ? { score: value.score } : {}),
  };
}

export interface W3cImportOptions extends ImportOptions {
  /**
   * Take `urn:uuid:` creator IRIs as platform user ids. Only for files from a platform you trust
   * (our own exports): otherwise a file could attribute work to any user.
   */
  readonly trustCreatorIds?: boolean;
}

/** True when the IRI names a Glossator document (by content hash) other than this one. */
function otherDocument(iri: unknown, own: string): boolean {
  return typeof iri === 'string' && iri.startsWith('ni:///sha-256;') && iri !== own;
}

function sourceOf(target: unknown): unknown {
  return isObject(target) ? (target.source ?? target.id) : target;
}

/** W3C annotations in the files, anchored in this document's text. */
export function importW3c(
  files: readonly InputFile[],
  doc: DocumentInput,
  options?: W3cImportOptions,
): ImportResult {
  const report = new ReportBuilder('w3c', 'import');
  const { newId, now } = importStamps(options);
  const ownIri = documentIri(doc.record);
  const ctx = { ...doc.content, index: codePointIndex(doc.content.text) };
  const annotations: Annotation[] = [];
  report.counts.documents = 1;
  for (const file of files) {
    const container = readContainer(file.text);
    for (const problem of container.problems)
      report.add({
        kind: 'invalid',
        code: 'not-annotations',
        message: `${file.name}: ${problem.message}`,
        location: problem.path,
      });
    for (const note of container.notes)
      report.add({ kind: 'unsupported', code: 'linked-pages', message: `${file.name}: ${note}` });
    for (const { value, path, inheritsContext } of container.found) {
      report.counts.annotationsRead++;
      const problems = validateAnnotation(value, path, inheritsContext);
      if (problems.length > 0 || !isObject(value)) {
        for (const p of problems)
          report.add({
            kind: 'invalid',
            code: 'invalid-annotation',
            message: `${file.name}: ${p.message}`,
            location: p.path,
          });
        report.counts.annotationsSkipped++;
        continue;
      }
      const targets = asArray(value.target);
      if (targets.some((t) => otherDocument(sourceOf(t), ownIri))) {
        report.skip({
          kind: 'warning',
          code: 'other-document',
          message: 'the annotation belongs to another document',
          location: path,
        });
        continue;
      }
      const anchored = anchorTargets(ctx, targets);
      if (!anchored.ok) {
        report.skip({
          kind: 'unsupported',
          code: anchored.code,
          message: `not anchored: ${anchored.message}`,
          location: path,
        });
        continue;
      }
      const motivations = asArray(value.motivation).filter(
        (m): m is string => typeof m === 'string',
      );
      const bodies =
        'bodyValue' in value
          ? asArray(value.bodyValue).map((v) => ({ type: 'TextualBody', value: v }))
          : asArray(value.body);
      const { body, losses } = readBodies(bodies, motivations);
      const empty = body.labels.length === 0 && Object.keys(body).length === 1;
      if (empty && anchored.target.kind === 'document') {
        const message =
          'nothing to import: no label, comment, code, relation or ranking on the whole document';
        report.skip({ kind: 'unsupported', code: 'empty', message, location: path });
        continue;
      }
      const confidence = value[EXT.confidence];
      const uuid = typeof value.id === 'string' ? uuidOfIri(value.id) : undefined;
      const id = (uuid as AnnotationId | undefined) ?? newId();
      const externalIds = isObject(value[EXT.externalIds])
        ? (value[EXT.externalIds] as Record<string, string>)
        : undefined;
      const foreignId = uuid ? undefined : asArray(value.id)[0];
      const created = typeof value.created === 'string' ? value.created : now;
      const preAnnotation = readPreAnnotation(value[EXT.preAnnotation]);
      const annotation: Annotation = {
        id,
        projectId: doc.record.projectId,
        documentId: doc.record.id,
        target: anchored.target,
        body: typeof confidence === 'number' ? { ...body, confidence } : body,
        ...readAgent(asArray(value.creator)[0], options?.trustCreatorIds ?? false),
        ...(preAnnotation ? { preAnnotation } : {}),
        ...(externalIds || typeof foreignId === 'string'
          ? {
              externalIds: {
                ...externalIds,
                ...(typeof foreignId === 'string' ? { w3c: foreignId } : {}),
              },
            }
          : {}),
        createdAt: created,
        updatedAt: typeof value.modified === 'string' ? value.modified : created,
      };
      for (const note of anchored.notes)
        report.add({
          kind: 'warning',
          code: 'anchor-note',
          message: note,
          annotationId: id,
          location: path,
        });
      for (const loss of losses)
        report.add({
          kind: 'lossy',
          code: 'body-loss',
          message: loss,
          annotationId: id,
          location: path,
        });
      if (asArray(value.creator).length > 1)
        report.add({
          kind: 'lossy',
          code: 'extra-creators',
          message: 'only the first creator was kept',
          annotationId: id,
          location: path,
        });
      annotations.push(annotation);
      report.counts.annotationsWritten++;
      report.counts.records++;
    }
  }
  return { annotations, report: report.finish() };
}
