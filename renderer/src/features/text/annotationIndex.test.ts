import { describe, expect, it } from 'vitest';
import type { Annotation, Relation } from '../../../../shared/model/annotation';
import type { AnnotationId, DocumentId, ProjectId } from '../../../../shared/model/ids';
import { relationsOf } from '../../../../shared/model/relations';
import { AnnotationIndex } from './annotationIndex';

let counter = 0;
function note(relations?: Relation[]): Annotation {
  counter++;
  return {
    id: `00000000-0000-7000-8000-${String(counter).padStart(12, '0')}` as AnnotationId,
    projectId: 'p' as ProjectId,
    documentId: 'd' as DocumentId,
    target: { kind: 'document' },
    body: { labels: [], relations },
    createdAt: '',
    updatedAt: '',
  };
}

describe('AnnotationIndex', () => {
  it('answers like relationsOf through edits, deletions and a delete-and-add in one step', () => {
    const a = note();
    const b = note([{ type: 'x', targetId: a.id }]);
    const c = note([{ type: 'y', targetId: a.id }]);
    const index = new AnnotationIndex();
    let list: Annotation[] = [a, b, c];
    index.update(list);
    expect(index.relationsOf(a.id)).toEqual(relationsOf(list, a.id));
    expect(index.get(b.id)).toBe(b);

    const b2 = { ...b, body: { labels: [], relations: [] } };
    list = [a, b2, c];
    index.update(list);
    expect(index.relationsOf(a.id)).toEqual(relationsOf(list, a.id));

    const d = note([{ type: 'z', targetId: a.id }]);
    list = [a, b2, d]; // c deleted, d created: same length
    index.update(list);
    expect(index.get(c.id)).toBeUndefined();
    expect(index.relationsOf(a.id)).toEqual(relationsOf(list, a.id));
    expect(index.relationsOf(d.id).outgoing.map((e) => e.other)).toEqual([a]);
  });
});
