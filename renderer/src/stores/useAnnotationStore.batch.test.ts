import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type DocumentId, type ProjectId } from '../../../shared/model/ids';
import { db } from '../db/schema';
import { useAnnotationStore } from './useAnnotationStore';

const span = (start: number, exact: string) =>
  ({
    kind: 'span',
    position: { start, end: start + exact.length },
    quote: { exact, prefix: '', suffix: '' },
  }) as const;

beforeEach(async () => {
  await db().annotations.clear();
  await db().outbox.clear();
  await useAnnotationStore.getState().open(newId<DocumentId>(), newId<ProjectId>());
});

describe('annotation store batches', () => {
  it('deletes a span and updates the spans that pointed at it as one undoable step', async () => {
    const store = useAnnotationStore.getState();
    const dosage = await store.create(span(20, '20 mg'), { labels: ['dosage'] });
    const drug = await useAnnotationStore.getState().create(span(0, 'lisinopril'), {
      labels: ['medication'],
      relations: [{ type: 'has-dosage', targetId: dosage.id }],
    });
    const historyBefore = useAnnotationStore.getState().undoStack.length;

    await useAnnotationStore.getState().apply({
      updates: [{ id: drug.id, patch: { body: { labels: ['medication'] } } }],
      deletes: [dosage.id],
    });
    expect(useAnnotationStore.getState().undoStack).toHaveLength(historyBefore + 1);
    expect(useAnnotationStore.getState().annotations.map((a) => a.id)).toEqual([drug.id]);
    expect((await db().annotations.get(drug.id))?.body.relations).toBeUndefined();
    expect(await db().annotations.get(dosage.id)).toBeUndefined();

    await useAnnotationStore.getState().undo();
    expect(await db().annotations.get(dosage.id)).toBeDefined();
    expect((await db().annotations.get(drug.id))?.body.relations).toEqual([
      { type: 'has-dosage', targetId: dosage.id },
    ]);
  });

  it('ignores unknown ids and an update to an annotation the batch deletes', async () => {
    const a = await useAnnotationStore.getState().create(span(0, 'x'), { labels: ['party'] });
    const historyBefore = useAnnotationStore.getState().undoStack.length;
    await useAnnotationStore.getState().apply({
      updates: [{ id: a.id, patch: { body: { labels: ['date'] } } }],
      deletes: [a.id, newId()],
    });
    expect(useAnnotationStore.getState().annotations).toEqual([]);
    expect(useAnnotationStore.getState().undoStack).toHaveLength(historyBefore + 1);
    await useAnnotationStore.getState().apply({});
    expect(useAnnotationStore.getState().undoStack).toHaveLength(historyBefore + 1);
  });
});
