/**
 * Item 7 of "Trust first": undo and redo are ordinary mutations the platform accepts. The app's
 * store and sync engine run against a real platform (SQLite, and PostgreSQL when
 * TEST_DATABASE_URL is set) over loopback HTTP.
 */
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../renderer/src/db/schema';
import { useAnnotationStore } from '../renderer/src/stores/useAnnotationStore';
import type { Platform } from '../server/src/platform';
import { createFixture, SECRET_TEXT, type Fixture } from '../server/src/testing/fixture';
import { startTestPlatform } from '../server/src/testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../server/src/testing/testDatabases';
import { quoteAt } from '../shared/anchor/quote';
import type { AnnotationTarget } from '../shared/model/annotation';
import { loopbackCaller, openWorkstation, platformAnnotations, type Workstation } from './syncRig';

const span = (start: number, end: number): AnnotationTarget => ({
  kind: 'span',
  position: { start, end },
  quote: quoteAt(SECRET_TEXT, start, end),
});

describe.each(testDatabaseKinds())('undo and redo through sync on $dialect', (kind) => {
  let database: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  let station: Workstation | undefined;
  beforeAll(async () => {
    database = await kind.create();
    platform = await startTestPlatform(database);
    f = await createFixture(platform);
  });
  afterEach(async () => {
    await station?.close();
    station = undefined;
  });
  afterAll(async () => {
    await platform?.close();
    await database?.dispose();
  });

  const call = () => loopbackCaller(platform, () => f.tokens.owner!);
  const open = async () => (station = await openWorkstation(call(), f.projectP, f.documentP));
  const onPlatform = async () =>
    [...(await platformAnnotations(call(), f.projectP, f.documentP)).values()].map((a) => ({
      id: a.id,
      labels: a.body.labels,
    }));
  const local = () =>
    useAnnotationStore.getState().annotations.map((a) => ({ id: a.id, labels: a.body.labels }));

  it('item 7: undoing the deletion of a synced annotation brings it back, on the platform too, with nothing refused', async () => {
    const ws = await open();
    const store = useAnnotationStore.getState();
    const made = await store.create(span(4, 12), { labels: ['indemnity'] });
    await ws.sync();
    await useAnnotationStore.getState().remove([made.id]);
    await ws.sync();
    expect(await onPlatform()).toEqual([]);
    await useAnnotationStore.getState().undo();
    await ws.sync();
    expect(await db().rejected.toArray()).toEqual([]);
    expect(local()).toEqual([{ id: made.id, labels: ['indemnity'] }]);
    expect(await onPlatform()).toEqual([{ id: made.id, labels: ['indemnity'] }]);
    expect(await db().outbox.count()).toBe(0);
  });

  it('item 7: label, undo, redo keeps the annotation, whether sync runs between the steps or not', async () => {
    for (const syncBetween of [false, true]) {
      const ws = await open();
      const step = async (action: () => Promise<unknown>) => {
        await action();
        if (syncBetween) await ws.sync();
      };
      let id = '';
      await step(async () => {
        id = (await useAnnotationStore.getState().create(span(19, 28), { labels: ['cap'] })).id;
      });
      await step(() => useAnnotationStore.getState().undo());
      await step(() => useAnnotationStore.getState().redo());
      await ws.sync();
      expect(await db().rejected.toArray(), `sync between: ${syncBetween}`).toEqual([]);
      expect(local().filter((a) => a.id === id)).toEqual([{ id, labels: ['cap'] }]);
      expect((await onPlatform()).filter((a) => a.id === id)).toEqual([{ id, labels: ['cap'] }]);
      await ws.close();
      station = undefined;
    }
  });
});
