import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnotationWire } from '../model/annotationSchema';
import type { AnnotationChange, Mutation } from './protocol';
import { applyChanges, localView, nextBatch, settlePush, type ServerCopy } from './reconcile';

const P = '00000000-0000-7000-8000-000000000001';
const D = '00000000-0000-7000-8000-000000000002';
const id = (n: number) => `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

function annotation(n: number, label = 'x'): AnnotationWire {
  return {
    id: id(n),
    projectId: P,
    documentId: D,
    target: { kind: 'document' },
    body: { labels: [label] },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };
}
const put = (mid: number, n: number, label?: string): Mutation => ({
  id: mid,
  kind: 'annotation.put',
  annotation: annotation(n, label),
});
const del = (mid: number, n: number): Mutation => ({
  id: mid,
  kind: 'annotation.delete',
  projectId: P,
  annotationId: id(n),
});

describe('settlePush', () => {
  const outbox = [put(1, 1), put(2, 2), del(3, 1), put(4, 3)];
  it('drops confirmed mutations and moves rejected ones to the rejected list', () => {
    const settled = settlePush(outbox, {
      lastMutationId: 3,
      outcomes: [
        { id: 1, status: 'applied' },
        { id: 2, status: 'rejected', reason: 'forbidden' },
        { id: 3, status: 'applied' },
      ],
    });
    expect(settled.outbox.map((m) => m.id)).toEqual([4]);
    expect(settled.rejected).toEqual([{ mutation: outbox[1], reason: 'forbidden' }]);
  });
  it('settles nothing twice when a response is replayed', () => {
    const response = {
      lastMutationId: 2,
      outcomes: [{ id: 2, status: 'rejected' as const, reason: 'deleted' as const }],
    };
    const once = settlePush(outbox, response);
    const twice = settlePush(once.outbox, response);
    expect(twice.rejected).toEqual([]);
    expect(twice.outbox).toEqual(once.outbox);
  });
  it('takes batches oldest first', () => {
    expect(nextBatch(outbox, 2).map((m) => m.id)).toEqual([1, 2]);
  });
});

describe('applyChanges', () => {
  const change = (n: number, version: number, deleted = false): AnnotationChange => ({
    annotationId: id(n),
    version,
    deleted,
    ...(deleted ? {} : { annotation: annotation(n, `v${version}`) }),
  });

  it('gives the same state whatever order, duplication or splitting the pages arrive in', () => {
    const history = [change(1, 1), change(2, 2), change(1, 3), change(2, 4, true), change(3, 5)];
    const inOrder = applyChanges(new Map(), history);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: history.length - 1 }), { minLength: 0, maxLength: 20 }),
        (extra) => {
          // Every change at least once, plus random duplicates, in a random order.
          const delivered = [...history, ...extra.map((i) => history[i]!)];
          const shuffled = fc.sample(
            fc.shuffledSubarray(delivered, { minLength: delivered.length }),
            1,
          )[0]!;
          let state: Map<string, ServerCopy> = new Map();
          for (const c of shuffled) state = applyChanges(state, [c]);
          expect(state).toEqual(inOrder);
        },
      ),
      { numRuns: 200 },
    );
    expect(inOrder.get(id(1))?.annotation?.body.labels).toEqual(['v3']);
    expect(inOrder.get(id(2))?.deleted).toBe(true);
  });
});

describe('localView', () => {
  it('replays pending mutations over the server state', () => {
    const base = applyChanges(new Map(), [
      { annotationId: id(1), version: 1, deleted: false, annotation: annotation(1, 'server') },
      { annotationId: id(2), version: 2, deleted: true },
    ]);
    const view = localView(base, [
      put(1, 1, 'mine'),
      put(5, 2, 'resurrect?'),
      put(6, 3),
      del(7, 3),
    ]);
    expect(view.get(id(1))?.body.labels).toEqual(['mine']);
    // Deleted on the server: the pending edit will be rejected, so it is not shown.
    expect(view.has(id(2))).toBe(false);
    expect(view.has(id(3))).toBe(false);
  });
});
