/**
 * Item 4 of "Trust first", on the app's side: a target the platform refuses lands in the visible
 * rejected list with the platform's reason (which the status bar and the dialog translate), and
 * this computer falls back to what the platform holds. The app's store and sync engine run
 * against a real platform over loopback HTTP.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../renderer/src/db/schema';
import { useAnnotationStore } from '../renderer/src/stores/useAnnotationStore';
import { en } from '../renderer/src/i18n/en';
import type { Platform } from '../server/src/platform';
import { createFixture, SECRET_TEXT, type Fixture } from '../server/src/testing/fixture';
import { startTestPlatform } from '../server/src/testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../server/src/testing/testDatabases';
import { quoteAt } from '../shared/anchor/quote';
import { loopbackCaller, openWorkstation, platformAnnotations } from './syncRig';

describe.each(testDatabaseKinds())('refused targets on the app’s side on $dialect', (kind) => {
  let database: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  beforeAll(async () => {
    database = await kind.create();
    platform = await startTestPlatform(database);
    f = await createFixture(platform);
  });
  afterAll(async () => {
    await platform?.close();
    await database?.dispose();
  });

  it('item 4: a refused target is listed with its reason, and nothing of it stays here or there', async () => {
    const call = loopbackCaller(platform, () => f.tokens.owner!);
    const station = await openWorkstation(call, f.projectP, f.documentP);
    try {
      const store = () => useAnnotationStore.getState();
      const good = await store().create(
        { kind: 'span', position: { start: 4, end: 12 }, quote: quoteAt(SECRET_TEXT, 4, 12) },
        { labels: ['indemnity'] },
      );
      // As a faulty import could make them: a fragment past the text, a quote of other words.
      const past = await store().create(
        {
          kind: 'span',
          position: { start: 0, end: 3 },
          quote: quoteAt(SECRET_TEXT, 0, 3),
          fragments: [{ start: 0, end: 2 ** 31 }],
        },
        { labels: ['cap'] },
      );
      const misquoted = await store().create(
        {
          kind: 'span',
          position: { start: 4, end: 12 },
          quote: { ...quoteAt(SECRET_TEXT, 4, 12), exact: 'Licensor' },
        },
        { labels: ['cap'] },
      );
      await station.sync();
      const refused = await db().rejected.orderBy('mutationId').toArray();
      expect(refused.map((r) => [r.annotationId, r.reason])).toEqual([
        [past.id, 'targetOutside'],
        [misquoted.id, 'quoteMismatch'],
      ]);
      // Each reason has words for the expert.
      for (const r of refused) expect(en.sync.rejected.reason[r.reason]).toMatch(/document/);
      expect(store().annotations.map((a) => a.id)).toEqual([good.id]);
      expect([...(await platformAnnotations(call, f.projectP, f.documentP)).keys()]).toEqual([
        good.id,
      ]);
      expect(await db().outbox.count()).toBe(0);
    } finally {
      await station.close();
    }
  });
});
