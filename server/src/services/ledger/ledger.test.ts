import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { statementToCsv } from '../../../../shared/pay/statementCsv';
import {
  IdempotencyConflictError,
  InsufficientFundsError,
  LedgerValidationError,
  NoEarningsError,
} from './errors';
import { createLedger, type Ledger } from './ledger';
import { migrateLedger } from './migrations';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';
import { printLedger } from './testing/printLedger';

const EUR = asCurrency('EUR');
const T = (iso: string) => `2026-03-${iso}Z`;
const ORG = 'orgA';

describe.each(ledgerTestDialects())('pay ledger on %s', (dialect) => {
  let t: LedgerTestDb;
  let ledger: Ledger;
  let clock = new Date(T('02T09:00:00.000'));

  beforeEach(async () => {
    t = await createLedgerTestDb(dialect);
    expect(await migrateLedger(t.db, dialect)).toEqual([
      'ledger_0001_initial',
      'ledger_0002_books_per_organisation',
    ]);
    clock = new Date(T('02T09:00:00.000'));
    ledger = createLedger({ db: t.db, dialect, now: () => clock });
  });
  afterEach(() => t.dispose());

  const approve = (n: number, overrides = {}) => ({
    projectId: 'p1',
    organisationId: ORG,
    assignmentId: `as-${n}`,
    taskId: `task-${n}`,
    expertId: 'alice',
    reviewId: `rev-${n}`,
    reviewerId: 'rita',
    pay: { kind: 'per-task' as const, rateMinor: 2500, currency: EUR },
    approvedAt: T(`02T1${n}:00:00.000`),
    ...overrides,
  });

  it('migrates once, even when started twice at the same time', async () => {
    expect(await Promise.all([migrateLedger(t.db, dialect), migrateLedger(t.db, dialect)])).toEqual(
      [[], []],
    );
  });

  it('runs the example flow: accrue, bonus, release, payout, with every line traceable', async () => {
    await ledger.accrueApproval(approve(1));
    await ledger.accrueApproval(
      approve(2, {
        pay: { kind: 'hourly', rateMinor: 4000, currency: EUR },
        activeMs: 90 * 60_000,
      }),
    );
    await ledger.grantBonus({
      expertId: 'alice',
      projectId: 'p1',
      organisationId: ORG,
      amountMinor: 500,
      currency: EUR,
      reason: 'careful work on a hard contract',
      idempotencyKey: 'bonus-1',
      actorId: 'rita',
      taskId: 'task-2',
    });
    expect(await ledger.balances('alice')).toEqual([
      { organisationId: ORG, currency: 'EUR', pendingMinor: 9000, availableMinor: 0 },
    ]);
    clock = new Date(T('09T09:00:00.000'));
    const released = await ledger.releasePending({
      expertId: 'alice',
      maturedBefore: T('02T23:59:59.999'),
    });
    expect(released.map((r) => r.transaction.entries[1]?.amountMinor)).toEqual([500, 2500, 6000]); // the bonus (09:00) first
    const payout = await ledger.requestPayout({
      expertId: 'alice',
      organisationId: ORG,
      idempotencyKey: 'k-1',
      amountMinor: 8000,
      currency: EUR,
      destination: 'iban-1',
    });
    expect(payout.payout).toMatchObject({
      status: 'accepted',
      availableMinor: 9000,
      organisationId: ORG,
    });
    expect(await ledger.balances('alice')).toEqual([
      { organisationId: ORG, currency: 'EUR', pendingMinor: 0, availableMinor: 1000 },
    ]);

    const check = await ledger.verify();
    expect(check).toMatchObject({ ok: true, transactions: 7, entries: 14, problems: [] });
    expect(check.totals).toEqual([
      { organisationId: ORG, currency: 'EUR', debitsMinor: 26000, creditsMinor: 26000 },
    ]);

    const printout = await printLedger(t.db);
    if (process.env.LEDGER_PRINT) console.log(printout);
    expect(printout.split('\n')).toHaveLength(15);
    expect(printout).toContain('expert:alice:project:p1:pending');

    const statement = await ledger.statement({
      expertId: 'alice',
      organisationId: ORG,
      currency: EUR,
      from: T('01T00:00:00.000'),
      to: '2026-04-01T00:00:00.000Z',
    });
    expect(statement.closing).toEqual({ pendingMinor: 0, availableMinor: 1000 });
    expect(statement.totals).toEqual({
      earnedMinor: 8500,
      bonusesMinor: 500,
      adjustmentsMinor: 0,
      paidOutMinor: 8000,
      carriedOverMinor: 0,
    });
    expect(statement.lines.find((l) => l.kind === 'payout')?.projectId).toBe('p1');
    const accrual = statement.lines.find((l) => l.taskId === 'task-2' && l.kind === 'accrual');
    expect(accrual).toMatchObject({
      reviewId: 'rev-2',
      assignmentId: 'as-2',
      detail: '1:30:00 active × 40.00 EUR/h',
    });
    for (const line of statement.lines.filter((l) => l.kind === 'release'))
      expect(statement.lines.some((l) => l.transactionId === line.sourceTransactionId)).toBe(true);
    const csv = statementToCsv(statement);
    if (process.env.LEDGER_PRINT) console.log(csv);
    expect(csv.split('\r\n')).toHaveLength(1 + 1 + 10 + 1 + 1);
  });

  it('credits an assignment once: a replay returns the same transaction, another body is a conflict', async () => {
    const first = await ledger.accrueApproval(approve(1));
    const again = await ledger.accrueApproval(approve(1));
    expect(again).toEqual({ transaction: first.transaction, replayed: true });
    await expect(
      ledger.accrueApproval(
        approve(1, { pay: { kind: 'per-task', rateMinor: 9999, currency: EUR } }),
      ),
    ).rejects.toMatchObject({ name: 'IdempotencyConflictError', statusCode: 422 });
    await expect(
      ledger.accrueApproval(approve(1, { reviewId: 'rev-other' })),
    ).rejects.toBeInstanceOf(IdempotencyConflictError);
    expect((await ledger.balances('alice'))[0]?.pendingMinor).toBe(2500);
  });

  it('commits an accrual with the caller’s transaction, or not at all', async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await ledger.accrueApproval(approve(1), trx);
        throw new Error('the approval failed after the credit was written');
      }),
    ).rejects.toThrow(/approval failed/);
    expect(await ledger.balances('alice')).toEqual([]);
    const posted = await t.db
      .transaction()
      .execute((trx) => ledger.accrueApproval(approve(1), trx));
    expect(posted.replayed).toBe(false);
    expect((await ledger.accrueApproval(approve(1))).transaction.id).toBe(posted.transaction.id);
    expect((await ledger.balances('alice'))[0]?.pendingMinor).toBe(2500);
  });

  it('has a database constraint against a second accrual for one assignment, whatever its key', async () => {
    await ledger.accrueApproval(approve(1));
    const row = await t.db.selectFrom('ledger_transactions').selectAll().executeTakeFirstOrThrow();
    await expect(
      t.db
        .insertInto('ledger_transactions')
        .values({ ...row, id: 'forged', unique_key: 'accrual:forged' })
        .execute(),
    ).rejects.toThrow(/unique/i);
  });

  it('requires earnings, reasons, positive amounts and enough funds for take-backs', async () => {
    const bonus = {
      expertId: 'alice',
      projectId: 'p1',
      organisationId: ORG,
      amountMinor: 100,
      currency: EUR,
      idempotencyKey: 'b',
      actorId: 'rita',
    };
    await expect(ledger.grantBonus({ ...bonus, reason: '  ' })).rejects.toBeInstanceOf(
      LedgerValidationError,
    );
    await expect(
      ledger.grantBonus({ ...bonus, reason: 'x', amountMinor: -1 }),
    ).rejects.toBeInstanceOf(LedgerValidationError);
    await expect(
      ledger.grantBonus({ ...bonus, reason: 'x', amountMinor: 1.5 }),
    ).rejects.toBeInstanceOf(LedgerValidationError);
    // p1 never paid alice: it may neither reward nor correct her.
    await expect(ledger.grantBonus({ ...bonus, reason: 'x' })).rejects.toBeInstanceOf(
      NoEarningsError,
    );
    await expect(
      ledger.adjust({ ...bonus, amountMinor: 1, reason: 'fix', idempotencyKey: 'a' }),
    ).rejects.toBeInstanceOf(NoEarningsError);
    expect((await ledger.verify()).transactions).toBe(0);
    // Once it has, a take-back is limited to what is released and unpaid (still on hold: 0).
    await ledger.accrueApproval(approve(1));
    const takeBack = ledger.adjust({
      ...bonus,
      amountMinor: -1,
      reason: 'clawback',
      idempotencyKey: 'a',
    });
    await expect(takeBack).rejects.toBeInstanceOf(InsufficientFundsError);
    await expect(takeBack).rejects.toMatchObject({ availableMinor: 0, requestedMinor: 1 });
    await expect(
      ledger.statement({
        expertId: 'alice',
        organisationId: ORG,
        currency: EUR,
        from: 'yesterday',
        to: T('01T00:00:00.000'),
      }),
    ).rejects.toBeInstanceOf(LedgerValidationError);
    expect((await ledger.verify()).transactions).toBe(1);
  });

  it('starts a statement from the balance before the period', async () => {
    await ledger.accrueApproval(approve(1));
    await ledger.accrueApproval(approve(2, { approvedAt: T('20T10:00:00.000') }));
    const statement = await ledger.statement({
      expertId: 'alice',
      organisationId: ORG,
      currency: EUR,
      from: T('10T00:00:00.000'),
      to: T('31T00:00:00.000'),
    });
    expect(statement.opening).toEqual({ pendingMinor: 2500, availableMinor: 0 });
    expect(statement.lines.map((l) => l.taskId)).toEqual(['task-2']);
    expect(statement.closing.pendingMinor).toBe(5000);
  });
});
