import { describe, expect, it } from 'vitest';
import { decideMutation, targetFits, type ActorRights, type StoredAnnotation } from './apply';
import type { AnnotationWire } from '../model/annotationSchema';
import type { Mutation } from './protocol';

const ME = '00000000-0000-7000-8000-00000000000a';
const OTHER = '00000000-0000-7000-8000-00000000000b';
const P = '00000000-0000-7000-8000-000000000001';
const D = '00000000-0000-7000-8000-000000000002';
const D2 = '00000000-0000-7000-8000-000000000003';
const A = '00000000-0000-7000-8000-000000000004';

function annotation(over: Partial<AnnotationWire> = {}): AnnotationWire {
  return {
    id: A,
    projectId: P,
    documentId: D,
    target: {
      kind: 'span',
      position: { start: 0, end: 3 },
      quote: { exact: 'abc', prefix: '', suffix: '' },
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
const del: Mutation = { id: 1, kind: 'annotation.delete', projectId: P, annotationId: A };
const doc = { charCount: 10, pageCount: 2 };

const existings: Record<string, StoredAnnotation | undefined> = {
  none: undefined,
  mineLive: { creatorId: ME, documentId: D, deleted: false },
  mineDeleted: { creatorId: ME, documentId: D, deleted: true },
  othersLive: { creatorId: OTHER, documentId: D, deleted: false },
  othersDeleted: { creatorId: OTHER, documentId: D, deleted: true },
};
const actors: Record<string, ActorRights> = {
  reader: { userId: ME, canWrite: false, canEditOthers: false },
  expert: { userId: ME, canWrite: true, canEditOthers: false },
  reviewer: { userId: ME, canWrite: true, canEditOthers: true },
};

/** The whole decision table: mutation kind × what exists × who pushes. */
const expected: Record<string, Record<string, Record<string, string>>> = {
  put: {
    none: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineLive: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineDeleted: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
    othersLive: { reader: 'forbidden', expert: 'forbidden', reviewer: 'apply' },
    othersDeleted: { reader: 'forbidden', expert: 'deleted', reviewer: 'deleted' },
  },
  delete: {
    none: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
    mineLive: { reader: 'forbidden', expert: 'apply', reviewer: 'apply' },
    mineDeleted: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
    othersLive: { reader: 'forbidden', expert: 'forbidden', reviewer: 'apply' },
    othersDeleted: { reader: 'forbidden', expert: 'skip', reviewer: 'skip' },
  },
};

describe('decideMutation', () => {
  for (const [kind, byExisting] of Object.entries(expected)) {
    for (const [existingName, byActor] of Object.entries(byExisting)) {
      for (const [actorName, want] of Object.entries(byActor)) {
        it(`${kind} × ${existingName} × ${actorName} → ${want}`, () => {
          const existing = existings[existingName];
          const actor = actors[actorName]!;
          const decision = decideMutation(kind === 'put' ? put() : del, existing, doc, actor);
          const got = decision.outcome === 'reject' ? decision.reason : decision.outcome;
          expect(got).toBe(want);
          if (decision.outcome === 'apply') {
            // The creator never changes hands, and only the server sets it.
            expect(decision.next.creatorId).toBe(existing?.creatorId ?? ME);
            if (decision.annotation)
              expect(decision.annotation.creatorId).toBe(decision.next.creatorId);
            expect(decision.next.deleted).toBe(kind === 'delete');
          }
        });
      }
    }
  }

  it('ignores a creator the client claims', () => {
    const decision = decideMutation(put({ creatorId: OTHER }), undefined, doc, actors.expert!);
    expect(decision).toMatchObject({ outcome: 'apply', annotation: { creatorId: ME } });
  });

  it('rejects a put on a document that is not in the project', () => {
    expect(decideMutation(put(), undefined, undefined, actors.expert!)).toEqual({
      outcome: 'reject',
      reason: 'notFound',
    });
  });

  it('rejects labels the project does not define', () => {
    const labels = new Set(['x', 'y']);
    expect(decideMutation(put(), undefined, doc, actors.expert!, labels).outcome).toBe('apply');
    expect(decideMutation(put(), undefined, doc, actors.expert!, new Set(['y']))).toEqual({
      outcome: 'reject',
      reason: 'invalid',
    });
  });

  it('rejects moving an annotation to another document', () => {
    expect(
      decideMutation(put({ documentId: D2 }), existings.mineLive, doc, actors.expert!),
    ).toEqual({
      outcome: 'reject',
      reason: 'invalid',
    });
  });
});

describe('targetFits', () => {
  const span = (start: number, end: number, exact: string, pages?: number[]) =>
    annotation({
      target: {
        kind: 'span',
        position: { start, end },
        quote: { exact, prefix: '', suffix: '' },
        ...(pages ? { pages: pages.map((pageIndex) => ({ pageIndex, rects: [] })) } : {}),
      },
    });
  it('checks offsets, quote length and pages', () => {
    expect(targetFits(span(0, 10, '0123456789'), doc)).toBe(true);
    expect(targetFits(span(0, 11, '0123456789a'), doc)).toBe(false);
    expect(targetFits(span(5, 4, ''), doc)).toBe(false);
    expect(targetFits(span(0, 2, 'abc'), doc)).toBe(false);
    expect(targetFits(span(0, 1, 'a', [1]), doc)).toBe(true);
    expect(targetFits(span(0, 1, 'a', [2]), doc)).toBe(false);
    expect(targetFits(span(0, 1, 'a', [0]), { charCount: 10, pageCount: undefined })).toBe(false);
    expect(
      targetFits(
        annotation({ target: { kind: 'region', page: { pageIndex: 1, rects: [] } } }),
        doc,
      ),
    ).toBe(true);
    expect(
      targetFits(annotation({ target: { kind: 'region', page: { pageIndex: 0, rects: [] } } }), {
        charCount: 5,
        pageCount: undefined,
      }),
    ).toBe(false);
    expect(targetFits(annotation({ target: { kind: 'document' } }), doc)).toBe(true);
  });
  it('counts UTF-16 code units (emoji are two)', () => {
    expect(targetFits(span(0, 2, '😀'), doc)).toBe(true);
    expect(targetFits(span(0, 1, '😀'), doc)).toBe(false);
  });
});
