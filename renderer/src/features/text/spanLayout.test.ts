import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignLayers } from '../../../../shared/anchor/spanLayers';
import type { Annotation, AnnotationBody } from '../../../../shared/model/annotation';
import type { AnnotationId, DocumentId, ProjectId } from '../../../../shared/model/ids';
import { MAX_LAYERS } from './labelStyles';
import { SpanLayout } from './spanLayout';

const LABELS = ['a', 'b', 'c'];
let counter = 0;
function span(start: number, end: number, body: Partial<AnnotationBody> = {}): Annotation {
  counter++;
  return {
    id: `00000000-0000-7000-8000-${String(counter).padStart(12, '0')}` as AnnotationId,
    projectId: 'p' as ProjectId,
    documentId: 'd' as DocumentId,
    target: {
      kind: 'span',
      position: { start, end },
      quote: { exact: '', prefix: '', suffix: '' },
    },
    body: { labels: ['a'], ...body },
    createdAt: '',
    updatedAt: '',
  };
}

const layout = (): SpanLayout => new SpanLayout((id) => LABELS.indexOf(id), 1_000_000);

/** The levels a fresh, whole-document layout gives (the reference). */
function expectedLayers(annotations: readonly Annotation[]): Map<string, number> {
  const spans = annotations.map((a) =>
    a.target.kind === 'span' ? a.target.position : { start: 0, end: 0 },
  );
  const layers = assignLayers(spans);
  return new Map(annotations.map((a, i) => [a.id, Math.min(layers[i]!, MAX_LAYERS - 1)]));
}

function layersOf(l: SpanLayout, annotations: readonly Annotation[]): Map<string, number> {
  return new Map(annotations.map((a) => [a.id, l.get(a.id)!.layer]));
}

describe('SpanLayout', () => {
  it('lays out everything first, then redraws only what an edit touches', () => {
    const l = layout();
    const outer = span(0, 40);
    const inner = span(10, 20);
    const far = span(100, 110);
    const first = l.update([outer, inner, far]);
    expect(first.changed).toHaveLength(3);
    expect(l.get(inner.id)?.layer).toBe(1);

    // A new span overlapping the first run: it and nothing far away is redrawn.
    const crossing = span(15, 50);
    const second = l.update([outer, inner, far, crossing]);
    expect(second.changed.map((r) => r.id)).toEqual([crossing.id]);
    expect(l.get(crossing.id)?.layer).toBe(2);

    // Unchanged objects cost nothing.
    expect(l.update([outer, inner, far, crossing])).toEqual({ removed: [], changed: [] });

    // Deleting the outer span lowers the others.
    const third = l.update([inner, far, crossing]);
    expect(third.removed).toEqual([outer.id]);
    expect(new Set(third.changed.map((r) => r.id))).toEqual(new Set([inner.id, crossing.id]));
    expect(l.get(inner.id)?.layer).toBe(0);
  });

  it('marks both ends of a relation, and unmarks them when it goes', () => {
    const l = layout();
    const dose = span(30, 35);
    const drug = span(0, 10);
    l.update([drug, dose]);
    const related = {
      ...drug,
      body: { labels: ['b'], relations: [{ type: 'x', targetId: dose.id }] },
    };
    const changes = l.update([related, dose]);
    expect(new Set(changes.changed.map((r) => r.id))).toEqual(new Set([drug.id, dose.id]));
    expect(l.get(dose.id)?.linked).toBe(true);
    expect(l.get(drug.id)?.label).toBe(1);
    l.update([drug, dose]);
    expect(l.get(dose.id)?.linked).toBe(false);
  });

  it('always agrees with a full layout, whatever the sequence of edits (property)', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        start: fc.nat(300),
        length: fc.integer({ min: 1, max: 60 }),
      }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), start: fc.nat(300) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const l = layout();
        let list: Annotation[] = [];
        for (const e of edits) {
          if (e.kind === 'add') list = [...list, span(e.start, e.start + e.length)];
          else if (list.length > 0) {
            const i = e.at % list.length;
            const victim = list[i]!;
            if (e.kind === 'remove') list = list.filter((_, j) => j !== i);
            else {
              const p =
                victim.target.kind === 'span' ? victim.target.position : { start: 0, end: 1 };
              const moved: Annotation = {
                ...victim,
                target: {
                  ...victim.target,
                  kind: 'span',
                  position: { start: e.start, end: e.start + (p.end - p.start) },
                  quote: { exact: '', prefix: '', suffix: '' },
                },
              };
              list = list.map((a, j) => (j === i ? moved : a));
            }
          }
          l.update(list);
          expect(layersOf(l, list)).toEqual(expectedLayers(list));
        }
      }),
    );
  });

  it('builds a first layout in slices that matches a full layout', async () => {
    const list = Array.from({ length: 20_000 }, (_, i) =>
      span((i * 7919) % 100_000, ((i * 7919) % 100_000) + 1 + (i % 40)),
    );
    const l = layout();
    let pauses = 0;
    const changes = await l.build(list, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(changes.changed).toHaveLength(20_000);
    expect(pauses).toBeGreaterThan(5);
    expect(layersOf(l, list)).toEqual(expectedLayers(list));
    // And incremental updates carry on from it.
    const more = [...list, span(50, 60)];
    expect(l.update(more).changed.map((r) => r.id)).toContain(more.at(-1)!.id);
    expect(layersOf(l, more)).toEqual(expectedLayers(more));
  });

  it('keeps up with one more span among 50,000 in a few milliseconds', () => {
    const list = Array.from({ length: 50_000 }, (_, i) => span(i * 20, i * 20 + 5 + (i % 3) * 10));
    const l = layout();
    l.update(list);
    // The median of several edits: the machine may be busy with other work.
    const times: number[] = [];
    for (let k = 0; k < 7; k++) {
      list.push(span(1000 + k * 7, 1010 + k * 7));
      const began = performance.now();
      const changes = l.update([...list]);
      times.push(performance.now() - began);
      expect(changes.changed.map((r) => r.id)).toContain(list.at(-1)!.id);
    }
    expect(times.sort((a, b) => a - b)[3]).toBeLessThan(40);
  });
});
