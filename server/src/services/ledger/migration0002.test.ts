import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { LedgerMigrationError } from './errors';
import { createLedger } from './ledger';
import { LEDGER_MIGRATIONS, migrateLedger } from './migrations';
import { legacyWriter } from './testing/legacyLedger';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';

const EUR = asCurrency('EUR');
const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const ONLY_0001 = LEDGER_MIGRATIONS.slice(0, 1);

describe.each(ledgerTestDialects())(
  'ledger migration 0002 (books per organisation) on %s',
  (dialect) => {
    let t: LedgerTestDb;
    beforeEach(async () => {
      t = await createLedgerTestDb(dialect);
      expect(await migrateLedger(t.db, dialect, ONLY_0001)).toEqual(['ledger_0001_initial']);
      // The server's projects table, which the ledger shares a database with.
      await sql`create table projects (id text primary key, organisation_id text not null)`.execute(
        t.db,
      );
      await sql`insert into projects values ('pA1', 'orgA'), ('pA2', 'orgA'), ('pB', 'orgB')`.execute(
        t.db,
      );
    });
    afterEach(() => t.dispose());

    it('keeps every balance, carried into the books of each project’s organisation', async () => {
      const alice = legacyWriter(t.db, 'alice');
      const a1 = await alice.accrual(at(1), 'pA1', 1000);
      await alice.release(at(2), a1);
      await alice.accrual(at(3), 'pA2', 2500); // still on hold at the migration
      const b1 = await alice.accrual(at(4), 'pB', 4000);
      await alice.release(at(5), b1);
      const bonus = await alice.bonus(at(6), 'pA1', 300);
      await alice.release(at(7), bonus);
      await alice.adjustment(at(8), 'pA1', 200);
      await alice.payout(at(9), 1200);
      const returned = await alice.payout(at(10), 500);
      await alice.reversal(at(11), returned);
      // The old bug: organisation B took back more through pB than pB had paid alice.
      await alice.adjustment(at(12), 'pB', -4200);
      const bob = legacyWriter(t.db, 'bob');
      await bob.accrual(at(1), 'pB', 700);
      // Before: one balance per expert, whoever owed it (pending 25.00 + 7.00, available 1.00).
      const old = await t.db
        .selectFrom('ledger_entries')
        .select(['account_code'])
        .select((eb) => eb.fn.sum<number | string>('amount_minor').as('total'))
        .where('account_code', 'like', 'expert:%')
        .groupBy('account_code')
        .orderBy('account_code')
        .execute();
      expect(old.map((r) => `${r.account_code} ${Number(r.total)}`)).toEqual([
        'expert:alice:available 100',
        'expert:alice:pending 2500',
        'expert:bob:pending 700',
      ]);

      expect(await migrateLedger(t.db, dialect)).toEqual(['ledger_0002_books_per_organisation']);
      expect(await migrateLedger(t.db, dialect)).toEqual([]);
      const ledger = createLedger({ db: t.db, dialect, now: () => new Date(at(20)) });
      // The old payout (12.00) is attributed to the oldest project first (pA1: 15.00 → 3.00);
      // pB carries its overdrawn −2.00 for people to settle, and verify() says so.
      expect(await ledger.balances('alice')).toEqual([
        { organisationId: 'orgA', currency: 'EUR', pendingMinor: 2500, availableMinor: 300 },
        { organisationId: 'orgB', currency: 'EUR', pendingMinor: 0, availableMinor: -200 },
      ]);
      expect(await ledger.balances('bob')).toEqual([
        { organisationId: 'orgB', currency: 'EUR', pendingMinor: 700, availableMinor: 0 },
      ]);
      const check = await ledger.verify();
      expect(check.problems).toEqual(['expert:alice:project:pB:available EUR is below zero']);
      for (const total of check.totals) expect(total.debitsMinor).toBe(total.creditsMinor);
      expect(check.totals.map((x) => x.organisationId)).toEqual([null, 'orgA', 'orgB']);
      // The old accounts are closed: nothing is left on them.
      const oldAccounts = await t.db
        .selectFrom('ledger_entries')
        .select(['account_code'])
        .select((eb) => eb.fn.sum<number | string>('amount_minor').as('total'))
        .where('account_code', 'in', [
          'expert:alice:pending',
          'expert:alice:available',
          'expert:bob:pending',
        ])
        .groupBy('account_code')
        .execute();
      expect(oldAccounts.map((r) => Number(r.total))).toEqual([0, 0, 0]);

      // The history statement closes at zero; each organisation's opens with the carry-over.
      const statement = (organisationId: string | null) =>
        ledger.statement({
          expertId: 'alice',
          organisationId,
          currency: EUR,
          from: '1970-01-01T00:00:00.000Z',
          to: '2100-01-01T00:00:00.000Z',
        });
      const history = await statement(null);
      expect(history.closing).toEqual({ pendingMinor: 0, availableMinor: 0 });
      expect(history.lines.filter((l) => l.kind === 'adjustment').map((l) => l.reason)).toEqual([
        'old adjustment',
        'old adjustment',
      ]);
      const a = await statement('orgA');
      expect(a.lines.map((l) => [l.kind, l.account, l.projectId, l.amountMinor])).toEqual([
        ['carry-over', 'available', 'pA1', 300],
        ['carry-over', 'pending', 'pA2', 2500],
      ]);
      expect(a.totals.carriedOverMinor).toBe(2800);

      // The accrual still on hold is released from its project account, in A's books.
      await ledger.releasePending({ expertId: 'alice', maturedBefore: at(19) });
      expect((await ledger.balances('alice'))[0]).toMatchObject({
        pendingMinor: 0,
        availableMinor: 2800,
      });
      const payout = (organisationId: string, amountMinor: number) =>
        ledger.requestPayout({
          expertId: 'alice',
          organisationId,
          idempotencyKey: `${organisationId}-${amountMinor}`,
          amountMinor,
          currency: EUR,
        });
      expect((await payout('orgB', 100)).payout.status).toBe('rejected');
      expect((await payout('orgA', 2800)).payout.status).toBe('accepted');
      // pA1's and pA2's old earnings were theirs to correct; pB paid alice nothing it still owes.
      await expect(
        ledger.adjust({
          expertId: 'alice',
          projectId: 'pB',
          organisationId: 'orgB',
          amountMinor: -1,
          currency: EUR,
          reason: 'more',
          idempotencyKey: 'again',
          actorId: 'ops',
        }),
      ).rejects.toMatchObject({ code: 'insufficient-funds' });
      // Settling the overdraft is a positive adjustment by pB.
      await ledger.adjust({
        expertId: 'alice',
        projectId: 'pB',
        organisationId: 'orgB',
        amountMinor: 200,
        currency: EUR,
        reason: 'returning what was taken from organisation A’s earnings',
        idempotencyKey: 'settle',
        actorId: 'ops',
      });
      expect((await ledger.verify()).problems).toEqual([]);
    });

    it('refuses, changing nothing, to carry money no organisation can be said to owe', async () => {
      const carol = legacyWriter(t.db, 'carol');
      await carol.accrual(at(1), 'pA1', 1000);
      await carol.adjustment(at(2), null, 5000);
      await expect(migrateLedger(t.db, dialect)).rejects.toBeInstanceOf(LedgerMigrationError);
      await expect(migrateLedger(t.db, dialect)).rejects.toThrow(/name no project/);
      const applied = await t.db.selectFrom('ledger_schema_migrations').select('name').execute();
      expect(applied.map((r) => r.name)).toEqual(['ledger_0001_initial']);
    });

    it('refuses a project whose organisation is unknown', async () => {
      await legacyWriter(t.db, 'dave').accrual(at(1), 'gone', 1000);
      await expect(migrateLedger(t.db, dialect)).rejects.toThrow(
        /no organisation is known for projects gone/,
      );
    });

    it('on an empty ledger, needs no projects table', async () => {
      await sql`drop table projects`.execute(t.db);
      expect(await migrateLedger(t.db, dialect)).toEqual(['ledger_0002_books_per_organisation']);
      expect((await createLedger({ db: t.db, dialect }).verify()).ok).toBe(true);
    });
  },
);
