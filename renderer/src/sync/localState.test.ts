import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import {
  newId,
  type AnnotationId,
  type DocumentId,
  type ProjectId,
} from '../../../shared/model/ids';
import { encodeCursor } from '../../../shared/sync/cursor';
import type { PullResponse } from '../../../shared/sync/protocol';
import { putAnnotations } from '../db/annotations';
import { deleteDocument } from '../db/documents';
import type { Echoes } from '../../../shared/sync/echo';
import { GlossatorDb } from '../db/schema';
import { applyPullPage } from './applyPull';
import { clientIdOf, cursorOf, readBatch, settlePush } from './localState';

const P = '00000000-0000-7000-8000-0000000000a1' as ProjectId;
const D = '00000000-0000-7000-8000-0000000000d1' as DocumentId;
let database: GlossatorDb;

beforeEach(() => {
  database = new GlossatorDb(`local-${Date.now()}-${Math.random()}`);
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

function annotation(label: string, id = newId<AnnotationId>()): Annotation {
  return {
    id,
    projectId: P,
    documentId: D,
    target: { kind: 'document' },
    body: { labels: [label] },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const page = (changes: PullResponse['changes'], version: number): PullResponse => ({
  projectId: P,
  changes,
  cursor: encodeCursor(version),
  hasMore: false,
});
const put = (a: Annotation, version: number) => ({
  annotationId: a.id,
  version,
  deleted: false,
  annotation: a as unknown as AnnotationWire,
});

describe('local sync state', () => {
  it('keeps one client id per installation', async () => {
    const first = await clientIdOf(database);
    expect(await clientIdOf(database)).toBe(first);
  });

  it('applies a page and its cursor together, and drops a page asked with a stale cursor', async () => {
    const a = annotation('a');
    expect(await applyPullPage(database, '', page([put(a, 5)], 5), 0)).not.toBe(false);
    expect(await cursorOf(database, P)).toBe(encodeCursor(5));
    const late = page([put({ ...a, body: { labels: ['old'] } }, 3)], 3);
    expect(await applyPullPage(database, '', late, 0)).toBe(false);
    expect((await database.annotations.get(a.id))?.body.labels).toEqual(['a']);
    expect(await cursorOf(database, P)).toBe(encodeCursor(5));
  });

  it('routes a pulled change of an annotation with a pending edit to its base, not the view', async () => {
    const a = annotation('server');
    await applyPullPage(database, '', page([put(a, 1)], 1), 0);
    await putAnnotations(database, [{ ...a, body: { labels: ['local'] } }]);
    expect(await database.baseCopies.get(a.id)).toMatchObject({ version: 0, annotation: a });
    await applyPullPage(
      database,
      encodeCursor(1),
      page([put({ ...a, body: { labels: ['reviewer'] } }, 2)], 2),
      0,
    );
    expect((await database.annotations.get(a.id))?.body.labels).toEqual(['local']);
    expect((await database.baseCopies.get(a.id))?.annotation?.body.labels).toEqual(['reviewer']);

    // The server rejects the local edit: the view falls back to what the server holds.
    const batch = await readBatch(database, 10);
    await settlePush(database, batch, {
      lastMutationId: batch.at(-1)!.id,
      outcomes: batch.map((m) => ({ id: m.id, status: 'rejected', reason: 'forbidden' })),
    });
    expect((await database.annotations.get(a.id))?.body.labels).toEqual(['reviewer']);
    expect(await database.baseCopies.count()).toBe(0);
    expect(await database.rejected.count()).toBe(1);
  });

  it('refuses to apply a pull while a push is in doubt', async () => {
    await putAnnotations(database, [annotation('pending')]);
    const [sent] = await readBatch(database, 10);
    const other = annotation('other');
    expect(await applyPullPage(database, '', page([put(other, 1)], 1), sent!.id)).toBe(false);
    expect(await applyPullPage(database, '', page([put(other, 1)], 1), 0)).not.toBe(false);
  });

  it('settles only the mutations an answer names, even when it claims more', async () => {
    await putAnnotations(database, [annotation('a'), annotation('b'), annotation('c')]);
    const all = await readBatch(database, 10);
    await settlePush(database, all.slice(0, 1), {
      lastMutationId: all.at(-1)!.id,
      outcomes: [{ id: all[0]!.id, status: 'applied' }],
    });
    expect((await database.outbox.toArray()).map((r) => r.mutationId)).toEqual(
      all.slice(1).map((m) => m.id),
    );
  });

  it('skips the pull of its own pushed state, unless the row changed since', async () => {
    const mine = annotation('mine');
    const theirs = annotation('mine');
    await putAnnotations(database, [mine, theirs]);
    const batch = await readBatch(database, 10);
    const echoes: Echoes = new Map();
    await settlePush(
      database,
      batch,
      {
        lastMutationId: batch.at(-1)!.id,
        outcomes: batch.map((m) => ({ id: m.id, status: 'applied' })),
      },
      echoes,
    );
    expect([...echoes.keys()].sort()).toEqual([mine.id, theirs.id].sort());
    expect(await database.outbox.count()).toBe(0);
    expect(await database.baseCopies.count()).toBe(0);

    // The echo of `mine` is skipped; `theirs` was changed on the server since and is written.
    const changed = annotation('reviewer', theirs.id);
    const applied = await applyPullPage(
      database,
      '',
      page([put(mine, 3), put(changed, 4)], 4),
      0,
      echoes,
    );
    expect(applied).not.toBe(false);
    expect(applied && applied.annotations).toBe(1);
    expect((await database.annotations.get(theirs.id))?.body.labels).toEqual(['reviewer']);
    expect(echoes.has(theirs.id)).toBe(false);

    // A document removed on this computer took the row: the pull brings it back.
    await deleteDocument(database, D);
    await applyPullPage(database, encodeCursor(4), page([put(mine, 5)], 5), 0, echoes);
    expect((await database.annotations.get(mine.id))?.body.labels).toEqual(['mine']);
  });

  it('keeps the base of an annotation with rows after the batch, and drops it with the last', async () => {
    const a = annotation('a1');
    const b = annotation('b');
    await putAnnotations(database, [a]);
    await putAnnotations(database, [b, { ...a, body: { labels: ['a2'] } }]);
    const applied = (batch: readonly { id: number }[]) => ({
      lastMutationId: batch.at(-1)!.id,
      outcomes: batch.map((m) => ({ id: m.id, status: 'applied' as const })),
    });
    const first = await readBatch(database, 1);
    await settlePush(database, first, applied(first));
    expect((await database.baseCopies.get(a.id))?.annotation?.body.labels).toEqual(['a1']);
    expect(await database.baseCopies.get(b.id)).toBeDefined();
    expect(await database.outbox.count()).toBe(2);

    const rest = await readBatch(database, 10, first[0]!.id);
    await settlePush(database, rest, applied(rest));
    expect(await database.outbox.count()).toBe(0);
    expect(await database.baseCopies.count()).toBe(0);
    expect((await database.annotations.get(a.id))?.body.labels).toEqual(['a2']);
  });
});
