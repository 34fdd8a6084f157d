import { describe, expect, it } from 'vitest';
import {
  decideMutation,
  type ActorRights,
  type DecisionContext,
  type StoredAnnotation,
} from './apply';
import type { AnnotationWire } from '../model/annotationSchema';
import type { Mutation } from './protocol';
import type { TargetDocument } from './targetCheck';

const ME = '00000000-0000-7000-8000-00000000000a';
const OTHER = '00000000-0000-7000-8000-00000000000b';
const P = '00000000-0000-7000-8000-000000000001';
const D = '00000000-0000-7000-8000-000000000002';
const D2 = '00000000-0000-7000-8000-000000000003';
const A = '00000000-0000-7000-8000-000000000004';
const MINE = '00000000-0000-7000-8000-000000000005';
const THEIRS = '00000000-0000-7000-8000-000000000006';

function annotation(over: Partial<AnnotationWire> = {}): AnnotationWire {
  return {
    id: A,
    projectId: P,
    documentId: D,
    target: {
      kind: 'span',
      position: { start: 0, end: 3 },
      quote: { exact: 'abc', prefix: '', suffix: 'defghij' },
    },
    body: { labels: ['x'] },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}
const put = (over: Partial<AnnotationWire> = {}): Mutation => ({
  id: 1,
  kind: 'annotation.put',
  annotation: annotation(over),
});
const restore = (over: Partial<AnnotationWire> = {}): Mutation => ({
  id: 1,
  kind: 'annotation.restore',
  annotation: annotation(over),
});
const del: Mutation = { id: 1, kind: 'annotation.delete', projectId: P, annotationId: A };
const doc: TargetDocument = { text: 'abcdefghij' };

const existings: Record<string, StoredAnnotation | undefined> = {
  none: undefined,
  mineLive: { creatorId: ME, documentId: D, deleted: false },
  mineDeletedByMe: { creatorId: ME, documentId: D, deleted: true, deletedBy: ME },
  mineDeletedByOther: { creatorId: ME, documentId: D, deleted: true, deletedBy: OTHER },
  othersLive: { creatorId: OTHER, documentId: D, deleted: false },
  othersDeletedByMe: { creatorId: OTHER, documentId: D, deleted: true, deletedBy: ME },
  othersDeletedByOther: { creatorId: OTHER, documentId: D, deleted: true, deletedBy: OTHER },
};
const actors: Record<string, ActorRights> = {
  reader: { userId: ME, canWrite: false, canEditOthers: false, canSeeOthers: false },
  expert: { userId: ME, canWrite: true, canEditOthers: false, canSeeOthers: false },
  reviewer: { userId: ME, canWrite: true, canEditOthers: true, canSeeOthers: true },
};

/** The whole decision table: mutation kind × what exists × who pushes. */
const expected: Record<string, Record<string, Record<string, string>>> = {
  put: {
    none: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineLive: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineDeletedByMe: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
    mineDeletedByOther: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
    othersLive: { reader: 'forbidden', expert: 'forbidden', reviewer: 'apply' },
    othersDeletedByMe: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
    othersDeletedByOther: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
  },
  // A restore is a put that may also undo the pusher's own deletion, and nobody else's.
  restore: {
    none: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineLive: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineDeletedByMe: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineDeletedByOther: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
    othersLive: { reader: 'forbidden', expert: 'forbidden', reviewer: 'apply' },
    othersDeletedByMe: { reader: 'forbidden', expert: 'forbidden', reviewer: 'apply' },
    othersDeletedByOther: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
  },
  delete: {
    none: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
    mineLive: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineDeletedByMe: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
    mineDeletedByOther: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
    othersLive: { reader: 'forbidden', expert: 'forbidden', reviewer: 'apply' },
    othersDeletedByMe: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
    othersDeletedByOther: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
  },
};

const stored: Record<string, StoredAnnotation> = {
  [MINE]: { creatorId: ME, documentId: D, deleted: false },
  [THEIRS]: { creatorId: OTHER, documentId: D, deleted: false },
};
const context = (actor: ActorRights, over: Partial<DecisionContext> = {}): DecisionContext => ({
  document: doc,
  actor,
  annotationOf: (id) => stored[id],
  ...over,
});
const mutationOf: Record<string, Mutation> = { put: put(), restore: restore(), delete: del };

describe('decideMutation', () => {
  for (const [kind, byExisting] of Object.entries(expected)) {
    for (const [existingName, byActor] of Object.entries(byExisting)) {
      for (const [actorName, want] of Object.entries(byActor)) {
        it(`${kind} × ${existingName} × ${actorName} → ${want}`, () => {
          const existing = existings[existingName];
          const actor = actors[actorName]!;
          const decision = decideMutation(mutationOf[kind]!, existing, context(actor));
          const got = decision.outcome === 'reject' ? decision.reason : decision.outcome;
          expect(got).toBe(want);
          if (decision.outcome === 'apply') {
            // The creator never changes hands, and only the server sets it.
            expect(decision.next.creatorId).toBe(existing?.creatorId ?? ME);
            if (decision.annotation)
              expect(decision.annotation.creatorId).toBe(decision.next.creatorId);
            expect(decision.next.deleted).toBe(kind === 'delete');
            // A deletion remembers who made it (only they may restore); anything else forgets.
            expect(decision.next.deletedBy).toBe(kind === 'delete' ? ME : undefined);
          }
        });
      }
    }
  }

  it('ignores a creator the client claims', () => {
    const decision = decideMutation(put({ creatorId: OTHER }), undefined, context(actors.expert!));
    expect(decision).toMatchObject({ outcome: 'apply', annotation: { creatorId: ME } });
  });

  it('rejects a put on a document that is not in the project', () => {
    expect(
      decideMutation(put(), undefined, context(actors.expert!, { document: undefined })),
    ).toEqual({ outcome: 'reject', reason: 'notFound' });
  });

  it('rejects labels the project does not define', () => {
    const labels = (allowed: string[]) =>
      context(actors.expert!, { allowedLabels: new Set(allowed) });
    expect(decideMutation(put(), undefined, labels(['x', 'y'])).outcome).toBe('apply');
    expect(decideMutation(put(), undefined, labels(['y']))).toEqual({
      outcome: 'reject',
      reason: 'invalid',
    });
  });

  it('rejects moving an annotation to another document', () => {
    expect(
      decideMutation(put({ documentId: D2 }), existings.mineLive, context(actors.expert!)),
    ).toEqual({ outcome: 'reject', reason: 'invalid' });
  });

  it('rejects a target that does not fit the document, with why', () => {
    const target = (position: { start: number; end: number }, exact: string) =>
      put({ target: { kind: 'span', position, quote: { exact, prefix: '', suffix: '' } } });
    expect(
      decideMutation(target({ start: 8, end: 11 }, 'ij'), undefined, context(actors.expert!)),
    ).toEqual({ outcome: 'reject', reason: 'targetOutside' });
    expect(
      decideMutation(
        put({
          target: {
            kind: 'span',
            position: { start: 1, end: 4 },
            quote: { exact: 'xyz', prefix: 'a', suffix: 'efghij' },
          },
        }),
        undefined,
        context(actors.expert!),
      ),
    ).toEqual({ outcome: 'reject', reason: 'quoteMismatch' });
  });

  it('lets relations point only at annotations of the project the pusher can see', () => {
    const relating = (targetId: string) =>
      put({ body: { labels: ['x'], relations: [{ type: 'r', targetId }] } });
    const outcome = (targetId: string, actor: ActorRights) => {
      const decision = decideMutation(relating(targetId), undefined, context(actor));
      return decision.outcome === 'reject' ? decision.reason : decision.outcome;
    };
    expect(outcome(MINE, actors.expert!)).toBe('apply');
    expect(outcome(THEIRS, actors.expert!)).toBe('relationTarget');
    expect(outcome(THEIRS, actors.reviewer!)).toBe('apply');
    // Not in this project's annotations: another project's, or never made.
    expect(outcome(D2, actors.reviewer!)).toBe('relationTarget');
    expect(outcome(A, actors.reviewer!)).toBe('relationTarget');
    // One that the same push writes (an import sends sources before targets as often as after).
    const later = decideMutation(
      relating(D2),
      undefined,
      context(actors.expert!, { pushedIds: new Set([D2]) }),
    );
    expect(later.outcome).toBe('apply');
    // Never itself.
    const self = decideMutation(
      relating(A),
      undefined,
      context(actors.expert!, { pushedIds: new Set([A]) }),
    );
    expect(self).toEqual({ outcome: 'reject', reason: 'relationTarget' });
  });
});
