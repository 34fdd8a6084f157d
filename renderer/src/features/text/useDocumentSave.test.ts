import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  Annotation,
  AnnotationBody,
  AnnotationTarget,
} from '../../../../shared/model/annotation';
import type { AnnotationPatch } from '../../stores/useAnnotationStore';
import type { AnnotationId, DocumentId, ProjectId } from '../../../../shared/model/ids';
import { useDocumentSave } from './useDocumentSave';

/** A host whose writes land in `stored` at once but reach the pane only when `show` is called. */
function host() {
  let stored: Annotation | undefined;
  let version = 0;
  const calls: string[] = [];
  const stamp = (): string => `2026-11-29T00:00:0${++version}Z`;
  return {
    calls,
    stored: () => stored,
    onCreate: (target: AnnotationTarget, body: AnnotationBody): Promise<Annotation> => {
      calls.push(`create ${body.labels.join(',')}`);
      const at = stamp();
      stored = {
        id: `a${calls.length}` as AnnotationId,
        projectId: 'p' as ProjectId,
        documentId: 'd' as DocumentId,
        target,
        body,
        createdAt: at,
        updatedAt: at,
      };
      return Promise.resolve(stored);
    },
    onUpdate: (id: AnnotationId, patch: AnnotationPatch): Promise<void> => {
      calls.push(`update ${id} ${patch.body?.labels.join(',')} ${patch.body?.rationale ?? ''}`);
      if (stored && patch.body) stored = { ...stored, body: patch.body, updatedAt: stamp() };
      return Promise.resolve();
    },
    onDelete: (ids: readonly AnnotationId[]): Promise<void> => {
      calls.push(`delete ${ids.join(',')}`);
      stored = undefined;
      return Promise.resolve();
    },
  };
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('useDocumentSave', () => {
  it('updates the annotation being created instead of creating a second one', async () => {
    const h = host();
    const { result } = renderHook(() => useDocumentSave(h.onCreate, h.onUpdate, h.onDelete));
    // Two classes ticked before the store shows the first: the pane still has no annotation.
    result.current(undefined, (b) => ({ ...b, labels: [...b.labels, 'relevant'] }));
    result.current(undefined, (b) => ({ ...b, labels: [...b.labels, 'urgent'] }));
    await settle();
    expect(h.calls).toEqual(['create relevant', 'update a1 relevant,urgent ']);
    expect(h.stored()?.body.labels).toEqual(['relevant', 'urgent']);
  });

  it('keeps a class ticked just before the interpretation is saved', async () => {
    const h = host();
    const { result } = renderHook(() => useDocumentSave(h.onCreate, h.onUpdate, h.onDelete));
    result.current(undefined, (b) => ({ ...b, labels: ['relevant'] }));
    await settle();
    const shown = h.stored();
    result.current(shown, (b) => ({ ...b, labels: [...b.labels, 'urgent'] }));
    // The pane still shows the first version when the interpretation is saved.
    result.current(shown, (b) => ({ ...b, rationale: 'HFrEF' }));
    await settle();
    expect(h.stored()?.body).toEqual({ labels: ['relevant', 'urgent'], rationale: 'HFrEF' });
  });

  it('follows the store once it shows a newer version, such as an undo', async () => {
    const h = host();
    const { result } = renderHook(() => useDocumentSave(h.onCreate, h.onUpdate, h.onDelete));
    result.current(undefined, (b) => ({ ...b, labels: ['relevant', 'urgent'] }));
    await settle();
    const undone: Annotation = {
      ...h.stored()!,
      body: { labels: ['relevant'] },
      updatedAt: '2026-11-29T01:00:00Z',
    };
    result.current(undone, (b) => ({ ...b, rationale: 'why' }));
    await settle();
    expect(h.stored()?.body).toEqual({ labels: ['relevant'], rationale: 'why' });
  });

  it('deletes the annotation when the last class and the interpretation are cleared', async () => {
    const h = host();
    const { result } = renderHook(() => useDocumentSave(h.onCreate, h.onUpdate, h.onDelete));
    result.current(undefined, (b) => ({ ...b, labels: ['relevant'] }));
    await settle();
    result.current(h.stored(), (b) => ({ ...b, labels: [] }));
    await settle();
    expect(h.calls).toEqual(['create relevant', 'delete a1']);
    expect(h.stored()).toBeUndefined();
  });

  it('goes on with later changes after a failed write', async () => {
    const h = host();
    let fail = true;
    const onCreate = (target: AnnotationTarget, body: AnnotationBody) => {
      if (fail) {
        fail = false;
        return Promise.reject(new Error('disk full'));
      }
      return h.onCreate(target, body);
    };
    const { result } = renderHook(() => useDocumentSave(onCreate, h.onUpdate, h.onDelete));
    result.current(undefined, (b) => ({ ...b, labels: ['relevant'] }));
    result.current(undefined, (b) => ({ ...b, labels: ['urgent'] }));
    await settle();
    expect(h.stored()?.body.labels).toEqual(['urgent']);
  });
});
