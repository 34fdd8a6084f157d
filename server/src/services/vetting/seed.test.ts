import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../shared/platform/ops/vettingSchemas';
import { toPrincipal } from '../accounts/accounts';
import type { Platform } from '../../platform';
import { DEMO_ACCOUNTS } from '../seed/seed';
import { startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { DRAFT_PROJECT_NAME } from './seed';

describe.each(testDatabaseKinds())(
  'the demo gives matching something to say on $dialect',
  (kind) => {
    let db: TestDatabase;
    let platform: Platform;
    beforeAll(async () => {
      db = await kind.create();
      platform = await startTestPlatform(db, { seed: true, onSeeded: () => undefined });
    }, 120_000);
    afterAll(async () => {
      await platform?.close();
      await db?.dispose();
    });

    const principal = async (role: string) =>
      toPrincipal(
        (await platform.services.accounts.byEmail(
          DEMO_ACCOUNTS.find((a) => a.role === role)!.email,
        ))!,
      );

    it('lists the demo projects; the demo expert matches the legal and 10-K ones and is told why not the clinical one', async () => {
      const catalogue: Catalogue = await platform.services.vetting.matching.catalogue(
        await principal('expert'),
      );
      expect(catalogue.interviewed).toBe(true);
      expect(catalogue.matches.map((m) => m.title).sort()).toEqual([
        '10-K numeric facts and risk factors',
        'Answer review: 10-K analyst questions',
        'CUAD contract clause review',
      ]);
      const cuad = catalogue.matches.find((m) => m.title === 'CUAD contract clause review')!;
      expect(cuad.reasons).toContain('verified NY bar licence');
      expect(catalogue.excluded.map((x) => x.title)).toEqual([
        'Clinical notes: problems, medications and dosages',
      ]);
      expect(catalogue.excluded[0]!.reasons).toEqual(
        expect.arrayContaining([
          'needs medicine expertise, which your profile does not list',
          'needs a verified medical licence',
        ]),
      );
      expect(JSON.stringify(catalogue)).not.toContain(DRAFT_PROJECT_NAME);
    });

    it('opening the draft project notifies the demo expert', async () => {
      const requester = await principal('requester');
      const expert = await principal('expert');
      const draft = (await platform.services.projects.list(requester)).find(
        (p) => p.name === DRAFT_PROJECT_NAME,
      )!;
      expect(draft.status).toBe('draft');
      await platform.services.projects.update(requester, draft.id, { status: 'open' });
      const { items } = await platform.services.vetting.notifications.list(expert);
      expect(items.map((n) => n.title)).toEqual([DRAFT_PROJECT_NAME]);
    });
  },
);
