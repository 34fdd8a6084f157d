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

  it('indexes lazily: recording a list costs nothing until a question is asked', () => {
    const a = note();
    const b = note([{ type: 'x', targetId: a.id }]);
    const index = new AnnotationIndex();
    const list = [a, b];
    index.update(list);
    list.pop(); // mutated in place before the first question: the index sees the list as it is now
    expect(index.get(b.id)).toBeUndefined();
    expect(index.relationsOf(a.id)).toEqual(relationsOf(list, a.id));
  });

  it('warms in slices, and lists that come meanwhile (edits, undo, deletions) are answered right', async () => {
    const targets = Array.from({ length: 3000 }, () => note());
    const sources = targets.map((t) => note([{ type: 'x', targetId: t.id }]));
    const first: Annotation[] = [...targets, ...sources];
    const index = new AnnotationIndex();
    index.update(first);
    const edited = { ...sources[0]!, body: { labels: [], relations: [] } };
    let pauses = 0;
    let list: Annotation[] = first;
    await index.warm(() => {
      pauses++;
      // Between slices the host moves on: an edit, then its undo with a deletion.
      if (pauses === 1) index.update((list = first.map((x) => (x === sources[0] ? edited : x))));
      if (pauses === 2) index.update((list = first.filter((x) => x !== sources[1])));
      return Promise.resolve(true);
    });
    expect(pauses).toBeGreaterThan(1);
    for (const t of targets.slice(0, 3))
      expect(index.relationsOf(t.id)).toEqual(relationsOf(list, t.id));
    expect(index.get(edited.id)).toBe(sources[0]);
    expect(index.get(sources[1]!.id)).toBeUndefined();
  });

  it('stops warming when asked to, and still answers in full', async () => {
    const list = Array.from({ length: 6000 }, () => note());
    const index = new AnnotationIndex();
    index.update(list);
    await index.warm(() => Promise.resolve(false));
    expect(index.get(list[5999]!.id)).toBe(list[5999]);
  });
});
