import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId, DocumentId, ProjectId } from '../../../../shared/model/ids';
import { annotationsAt, lazySpanTable } from './spanText';

function span(id: string, start: number, end: number): Annotation {
  return {
    id: id as AnnotationId,
    projectId: 'p' as ProjectId,
    documentId: 'd' as DocumentId,
    target: {
      kind: 'span',
      position: { start, end },
      quote: { exact: '', prefix: '', suffix: '' },
    },
    body: { labels: [] },
    createdAt: '',
    updatedAt: '',
  };
}

describe('lazySpanTable', () => {
  it('reads the annotations on first use only, then answers from the same table', () => {
    const outer = span('a', 0, 10);
    const inner = span('b', 2, 4);
    const list = [outer, inner];
    const table = lazySpanTable(list);
    list.push(span('c', 3, 5)); // not yet read: the table sees it
    const first = table();
    expect(table()).toBe(first);
    expect(annotationsAt(first, { start: 3, end: 3 }).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});
