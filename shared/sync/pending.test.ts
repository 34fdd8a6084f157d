import { describe, expect, it } from 'vitest';
import { A, B, ann, put, del } from './testFixtures';
import { mutationAnnotationId } from './apply';
import {
  baseBeforeEdit,
  basesNeeded,
  mayPull,
  routePull,
  settleBatch,
  type BaseCopy,
} from './pending';
import type { MutationOutcome } from './protocol';

describe('baseBeforeEdit', () => {
  it('snapshots the local row on the first pending edit only', () => {
    expect(baseBeforeEdit(undefined, false, ann(A, 's'))).toEqual({
      version: 0,
      annotation: ann(A, 's'),
    });
    expect(baseBeforeEdit(undefined, false, undefined)).toEqual({ version: 0 });
    expect(baseBeforeEdit(undefined, true, ann(A, 'local'))).toBeUndefined();
    expect(baseBeforeEdit({ version: 3 }, false, ann(A, 'x'))).toEqual({ version: 3 });
  });
});

describe('settleBatch', () => {
  it('drains applied mutations without touching the view, restores after a rejection', () => {
    const result = settleBatch({
      batch: [put(1, ann(A, 'a1')), put(2, ann(B, 'b1'))],
      response: {
        lastMutationId: 2,
        outcomes: [
          { id: 1, status: 'applied' },
          { id: 2, status: 'rejected', reason: 'deleted' },
        ],
      },
      base: new Map([[B, { version: 9 }]]),
      outboxRows: [
        [1, A],
        [2, B],
      ],
    });
    expect(result.settled).toEqual([1, 2]);
    expect(result.rejected.map((r) => r.reason)).toEqual(['deleted']);
    expect(result.drained.sort()).toEqual([A, B].sort());
    expect(result.restore).toEqual(new Map([[B, null]]));
    expect(result.base.size).toBe(0);
  });

  it('keeps the base of an annotation still pending, advanced by what was applied', () => {
    const result = settleBatch({
      batch: [put(1, ann(A, 'a1'))],
      response: { lastMutationId: 1, outcomes: [{ id: 1, status: 'applied' }] },
      base: new Map([[A, { version: 4, annotation: ann(A, 'server') }]]),
      outboxRows: [
        [1, A],
        [2, A],
      ],
    });
    expect(result.base.get(A)).toEqual({ version: 4, annotation: ann(A, 'a1') });
    expect(result.drained).toEqual([]);
  });

  it('falls back to the last applied state when the last of several is rejected', () => {
    const result = settleBatch({
      batch: [put(1, ann(A, 'a1')), del(2, A)],
      response: {
        lastMutationId: 2,
        outcomes: [
          { id: 1, status: 'applied' },
          { id: 2, status: 'rejected', reason: 'forbidden' },
        ],
      },
      base: new Map(),
      outboxRows: [
        [1, A],
        [2, A],
      ],
    });
    expect(result.restore.get(A)).toEqual(ann(A, 'a1'));
  });

  it('ignores what an answer says about mutations it has no outcome for', () => {
    const result = settleBatch({
      batch: [put(1, ann(A, 'a')), put(2, ann(B, 'b'))],
      response: { lastMutationId: 5, outcomes: [{ id: 1, status: 'applied' }] },
      base: new Map(),
      outboxRows: [
        [1, A],
        [2, B],
      ],
    });
    expect(result.settled).toEqual([1]);
  });
});

describe('routePull', () => {
  it('sends pending annotations to their base and the rest to the view, versions forward only', () => {
    const routed = routePull(
      [
        { annotationId: A, version: 5, deleted: false, annotation: ann(A, 'v5') },
        { annotationId: A, version: 3, deleted: false, annotation: ann(A, 'v3') },
        { annotationId: B, version: 6, deleted: false, annotation: ann(B, 'b') },
        { annotationId: B, version: 7, deleted: true },
      ],
      new Set([A]),
      new Map([[A, { version: 4 }]]),
    );
    expect(routed.base.get(A)).toEqual({ version: 5, annotation: ann(A, 'v5') });
    expect(routed.puts.size).toBe(0);
    expect([...routed.deletes]).toEqual([B]);
  });
});

describe('mayPull', () => {
  it('allows a pull only when nothing sent is unanswered', () => {
    expect(mayPull(undefined, 10)).toBe(true);
    expect(mayPull(11, 10)).toBe(true);
    expect(mayPull(10, 10)).toBe(false);
  });
});

describe('basesNeeded', () => {
  it('asks for no base when every mutation is applied and drains its annotation', () => {
    const batch = [put(1, ann(A, 'a')), del(2, B)];
    const response = {
      lastMutationId: 2,
      outcomes: batch.map((m): MutationOutcome => ({ id: m.id, status: 'applied' })),
    };
    const outboxRows = [[1, A] as const, [2, B] as const];
    expect(basesNeeded({ batch, response, outboxRows })).toEqual([]);
    expect(basesNeeded({ batch, response, outboxRows: [...outboxRows, [3, B] as const] })).toEqual([
      B,
    ]);
  });

  it('gives settleBatch the same result as with every base (randomised)', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const ids = [A, B, '00000000-0000-7000-8000-00000000000c'];
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    for (let round = 0; round < 500; round++) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => {
        const id = pick(ids);
        return random() < 0.7 ? put(i + 1, ann(id, `r${round}.${i}`)) : del(i + 1, id);
      });
      const sentCount = 1 + Math.floor(random() * rows.length);
      const batch = rows.slice(0, sentCount);
      const outcomes = batch.flatMap((m): MutationOutcome[] => {
        const r = random();
        if (r < 0.15) return [];
        return r < 0.4
          ? [{ id: m.id, status: 'rejected', reason: 'forbidden' }]
          : [{ id: m.id, status: 'applied' }];
      });
      const response = { lastMutationId: Math.floor(random() * (sentCount + 1)), outcomes };
      const outboxRows = rows.map((m) => {
        return [m.id, mutationAnnotationId(m)] as const;
      });
      const base = new Map<string, BaseCopy>(
        ids.flatMap((id) =>
          random() < 0.7
            ? [[id, { version: Math.floor(random() * 9), annotation: ann(id, 'b') }]]
            : [],
        ),
      );
      const needed = new Set(basesNeeded({ batch, response, outboxRows }));
      const fewer = new Map([...base].filter(([id]) => needed.has(id)));
      expect(settleBatch({ batch, response, base: fewer, outboxRows })).toEqual(
        settleBatch({ batch, response, base, outboxRows }),
      );
    }
  });
});
