import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetsFirst } from './relationOrder';

const node = (id: string, ...targets: string[]) => ({
  id,
  body: targets.length > 0 ? { relations: targets.map((targetId) => ({ targetId })) } : {},
});
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe('targetsFirst', () => {
  it('puts each relation target before its source, and keeps the rest in order', () => {
    expect(ids(targetsFirst([node('a', 'c'), node('b'), node('c', 'd'), node('d')]))).toEqual([
      'd',
      'c',
      'a',
      'b',
    ]);
    // Targets outside the list, and cycles, leave the order as it was.
    expect(ids(targetsFirst([node('a', 'x'), node('b', 'c'), node('c', 'b')]))).toEqual([
      'a',
      'c',
      'b',
    ]);
    const chain = Array.from({ length: 20_000 }, (_, i) => node(`n${i}`, `n${i + 1}`));
    expect(targetsFirst(chain)[0]!.id).toBe('n19999');
  });

  it('is a permutation in which every acyclic relation points backwards (property)', () => {
    const graph = fc.integer({ min: 0, max: 12 }).chain((n) =>
      fc.array(fc.array(fc.nat(Math.max(0, n + 1)), { maxLength: 3 }), {
        minLength: n,
        maxLength: n,
      }),
    );
    fc.assert(
      fc.property(graph, (edges) => {
        // Edges only to higher indices make the graph acyclic; n + 1 is outside the list.
        const list = edges.map((targets, i) =>
          node(`n${i}`, ...targets.filter((t) => t > i).map((t) => `n${t}`)),
        );
        const ordered = targetsFirst(list);
        expect(ids(ordered).sort()).toEqual(ids(list).sort());
        const at = new Map(ordered.map((a, i) => [a.id, i] as const));
        for (const a of list)
          for (const r of a.body.relations ?? [])
            if (at.has(r.targetId)) expect(at.get(r.targetId)!).toBeLessThan(at.get(a.id)!);
      }),
      { numRuns: 500 },
    );
  });
});
