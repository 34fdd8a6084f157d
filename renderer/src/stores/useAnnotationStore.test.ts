import { beforeEach, describe, expect, it } from 'vitest';
import { newId, type DocumentId, type ProjectId } from '../../../shared/model/ids';
import { db } from '../db/schema';
import { useAnnotationStore } from './useAnnotationStore';

const target = {
  kind: 'span',
  position: { start: 4, end: 12 },
  quote: { exact: 'Supplier', prefix: 'The ', suffix: ' shall' },
} as const;
const projectId = newId<ProjectId>();

beforeEach(async () => {
  await db().annotations.clear();
  await db().outbox.clear();
  await useAnnotationStore.getState().open(newId<DocumentId>(), projectId);
});

describe('annotation store', () => {
  it('creates, updates and deletes through Dexie and the outbox', async () => {
    const store = useAnnotationStore.getState();
    const created = await store.create(target, { labels: ['party'] });
    await useAnnotationStore
      .getState()
      .update(created.id, { body: { labels: ['party'], rationale: 'the seller' } });
    expect(useAnnotationStore.getState().annotations).toHaveLength(1);
    expect((await db().annotations.get(created.id))?.body.rationale).toBe('the seller');
    await useAnnotationStore.getState().remove([created.id]);
    expect(useAnnotationStore.getState().annotations).toEqual([]);
    expect(await db().annotations.count()).toBe(0);
    expect((await db().outbox.toArray()).map((r) => r.op)).toEqual(['put', 'put', 'delete']);
  });

  it('undoes and redoes every kind of edit, durably', async () => {
    const created = await useAnnotationStore.getState().create(target, { labels: ['party'] });
    await useAnnotationStore.getState().update(created.id, { body: { labels: ['date'] } });
    await useAnnotationStore.getState().remove([created.id]);

    await useAnnotationStore.getState().undo(); // undelete
    expect(useAnnotationStore.getState().annotations[0]?.body.labels).toEqual(['date']);
    await useAnnotationStore.getState().undo(); // relabel back
    expect((await db().annotations.get(created.id))?.body.labels).toEqual(['party']);
    await useAnnotationStore.getState().undo(); // uncreate
    expect(await db().annotations.count()).toBe(0);
    await useAnnotationStore.getState().undo(); // nothing left: no-op
    expect(useAnnotationStore.getState().redoStack).toHaveLength(3);

    await useAnnotationStore.getState().redo();
    await useAnnotationStore.getState().redo();
    expect((await db().annotations.get(created.id))?.body.labels).toEqual(['date']);
    await useAnnotationStore.getState().redo();
    expect(await db().annotations.count()).toBe(0);
    expect(useAnnotationStore.getState().redoStack).toHaveLength(0);
  });

  it('drops the redo history when a new edit is made', async () => {
    const created = await useAnnotationStore.getState().create(target, { labels: ['party'] });
    await useAnnotationStore.getState().undo();
    expect(useAnnotationStore.getState().redoStack).toHaveLength(1);
    await useAnnotationStore.getState().create(target, { labels: ['date'] });
    expect(useAnnotationStore.getState().redoStack).toHaveLength(0);
    expect(created.id).toBeDefined();
  });
});
