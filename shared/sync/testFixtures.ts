/**
 * Ids, annotations and mutations the sync rule tests share (echo, pending). Pure, no Node.
 */
import type { AnnotationWire } from '../model/annotationSchema';
import type { Mutation } from './protocol';

export const P = '00000000-0000-7000-8000-000000000001';
export const D = '00000000-0000-7000-8000-000000000002';
export const A = '00000000-0000-7000-8000-00000000000a';
export const B = '00000000-0000-7000-8000-00000000000b';
export const C = '00000000-0000-7000-8000-00000000000c';

/** A whole-document annotation of project P, document D, carrying one label. */
export const ann = (id: string, label: string): AnnotationWire => ({
  id,
  projectId: P,
  documentId: D,
  target: { kind: 'document' },
  body: { labels: [label] },
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

export const put = (id: number, a: AnnotationWire): Mutation => ({
  id,
  kind: 'annotation.put',
  annotation: a,
});

export const del = (id: number, annotationId: string): Mutation => ({
  id,
  kind: 'annotation.delete',
  projectId: P,
  annotationId,
});
