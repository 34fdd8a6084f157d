/**
 * Ledger migration 0002 as an install meets it: a server database migrated up to just before it,
 * with real organisations and projects and ledger rows in the old shape, then `migrate()` — the
 * server's own runner, all pending migrations in one transaction.
 */
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { openDatabase } from '../../db/database';
import { migrate, MIGRATIONS } from '../../db/migrate';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { createLedger } from './ledger';
import type { LedgerDatabase } from './schema';
import { legacyWriter } from './testing/legacyLedger';

const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T08:00:00.000Z`;

describe.each(testDatabaseKinds())(
  'migration 0002 on an existing server database on $dialect',
  (kind) => {
    let t: TestDatabase | undefined;
    afterAll(async () => {
      await t?.dispose();
    });

    it('keeps every balance and gives it to the organisation that owns the project', async () => {
      t = await kind.create();
      const database = openDatabase(t);
      try {
        const before = MIGRATIONS.findIndex((m) => m.name === 'ledger_0002_books_per_organisation');
        expect(before).toBeGreaterThan(0);
        await migrate(database, MIGRATIONS.slice(0, before));
        const db = database.kysely;
        const now = at(1);
        await db
          .insertInto('organisations')
          .values([
            { id: 'org-a', name: 'A', created_at: now },
            { id: 'org-b', name: 'B', created_at: now },
          ])
          .execute();
        await db
          .insertInto('accounts')
          .values({
            id: 'req',
            organisation_id: 'org-a',
            email: 'r@x.test',
            display_name: 'r',
            password_hash: 'x',
            role: 'requester',
            status: 'active',
            created_at: now,
          })
          .execute();
        const project = (id: string, organisation_id: string) => ({
          id,
          organisation_id,
          name: id,
          domain: 'law',
          description: '',
          instructions: '',
          label_schema: '{"labels":[]}',
          task_type: 'spanLabelling',
          pay_kind: 'perTask',
          pay_rate_minor: 1000,
          pay_currency: 'EUR',
          required_credentials: '[]',
          languages: '[]',
          status: 'open',
          created_by: 'req',
          created_at: now,
          updated_at: now,
          change_version: 0,
        });
        await db
          .insertInto('projects')
          .values([project('p-a', 'org-a'), project('p-b', 'org-b')])
          .execute();
        const ledgerDb = db as unknown as Kysely<LedgerDatabase>;
        const eve = legacyWriter(ledgerDb, 'eve');
        const fromA = await eve.accrual(at(2), 'p-a', 3000);
        await eve.release(at(3), fromA);
        await eve.accrual(at(4), 'p-b', 2000);
        await eve.payout(at(5), 1000);

        expect(await migrate(database)).toEqual(MIGRATIONS.slice(before).map((m) => m.name));
        const ledger = createLedger({ db, dialect: database.dialect });
        expect(await ledger.balances('eve')).toEqual([
          { organisationId: 'org-a', currency: 'EUR', pendingMinor: 0, availableMinor: 2000 },
          { organisationId: 'org-b', currency: 'EUR', pendingMinor: 2000, availableMinor: 0 },
        ]);
        expect((await ledger.verify()).problems).toEqual([]);
        // Organisation B may not take back what A owes, even when it names A's project.
        await expect(
          ledger.adjust({
            expertId: 'eve',
            projectId: 'p-a',
            organisationId: 'org-b',
            amountMinor: -1,
            currency: asCurrency('EUR'),
            reason: 'x',
            idempotencyKey: 'k',
            actorId: 'req',
          }),
        ).rejects.toMatchObject({ code: 'wrong-organisation' });
      } finally {
        await database.close();
      }
    });
  },
);
