import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import {
  LOCAL_PROJECT_ID,
  newId,
  type AnnotationId,
  type DocumentId,
  type ProjectId,
} from '../../../shared/model/ids';
import { annotationsOf, deleteAnnotations, putAnnotations } from './annotations';
import { GlossatorDb } from './schema';

let database: GlossatorDb;
beforeEach(() => {
  database = new GlossatorDb(`annotations-${Date.now()}-${Math.random()}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const documentId = newId<DocumentId>();
const platformProject = newId<ProjectId>();

function annotation(projectId: ProjectId, label = 'party'): Annotation {
  return {
    id: newId<AnnotationId>(),
    projectId,
    documentId,
    target: {
      kind: 'span',
      position: { start: 0, end: 3 },
      quote: { exact: 'The', prefix: '', suffix: ' ' },
    },
    body: { labels: [label] },
    createdAt: '2026-11-28T00:00:00.000Z',
    updatedAt: '2026-11-28T00:00:00.000Z',
  };
}

describe('annotation repository', () => {
  it('writes each change and its outbox row together, with strictly increasing mutation ids', async () => {
    const a = annotation(platformProject);
    const b = annotation(platformProject);
    await putAnnotations(database, [a, b]);
    await putAnnotations(database, [{ ...a, body: { labels: ['date'] } }]);
    await deleteAnnotations(database, [b.id]);
    const outbox = await database.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((row) => [row.mutationId, row.op, row.entityId])).toEqual([
      [1, 'put', a.id],
      [2, 'put', b.id],
      [3, 'put', a.id],
      [4, 'delete', b.id],
    ]);
    expect((await annotationsOf(database, documentId)).map((x) => x.body.labels)).toEqual([
      ['date'],
    ]);
  });

  it('rolls back the change when the outbox write fails, and vice versa', async () => {
    const a = annotation(platformProject);
    await database.outbox.add({
      mutationId: 1,
      projectId: platformProject,
      entity: 'annotation',
      entityId: 'x',
      op: 'put',
      payload: null,
      createdAt: '',
    });
    // The counter still says 1, so the outbox add collides: the annotation must not be stored.
    await expect(putAnnotations(database, [a])).rejects.toThrow();
    expect(await database.annotations.count()).toBe(0);
  });

  it('keeps local-workspace annotations off the outbox', async () => {
    await putAnnotations(database, [annotation(LOCAL_PROJECT_ID)]);
    expect(await database.annotations.count()).toBe(1);
    expect(await database.outbox.count()).toBe(0);
  });
});
