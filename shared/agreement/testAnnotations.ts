import type { Annotation } from '../model/annotation';
import type { AnnotationId, DocumentId, ProjectId, UserId } from '../model/ids';

let counter = 0;

/** Minimal annotations for agreement and gold tests (only target and labels matter there). */
export function span(
  annotator: string,
  documentId: string,
  start: number,
  end: number,
  ...labels: string[]
): Annotation {
  return make(
    annotator,
    documentId,
    {
      kind: 'span',
      position: { start, end },
      quote: { exact: '', prefix: '', suffix: '' },
    },
    labels,
  );
}

export function docClass(annotator: string, documentId: string, ...labels: string[]): Annotation {
  return make(annotator, documentId, { kind: 'document' }, labels);
}

function make(
  annotator: string,
  documentId: string,
  target: Annotation['target'],
  labels: string[],
): Annotation {
  counter += 1;
  return {
    id: `a-${counter}` as AnnotationId,
    projectId: 'p' as ProjectId,
    documentId: documentId as DocumentId,
    target,
    body: { labels },
    creatorId: annotator as UserId,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}
