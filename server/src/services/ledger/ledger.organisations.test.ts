/**
 * Issue 14, item 2, at the ledger: money is owed by an organisation. Each rule is a posting rule
 * checked inside the write transaction, so it holds for every caller, not only the HTTP routes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { InsufficientFundsError, NoEarningsError, WrongOrganisationError } from './errors';
import { createLedger, type Ledger } from './ledger';
import { migrateLedger } from './migrations';
import { createLedgerTestDb, ledgerTestDialects, type LedgerTestDb } from './testing/ledgerTestDb';

const EUR = asCurrency('EUR');
const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T09:00:00.000Z`;

describe.each(ledgerTestDialects())('books per organisation on %s', (dialect) => {
  let t: LedgerTestDb;
  let ledger: Ledger;
  let clock = new Date(day(1));
  beforeEach(async () => {
    t = await createLedgerTestDb(dialect);
    await migrateLedger(t.db, dialect);
    clock = new Date(day(1));
    ledger = createLedger({ db: t.db, dialect, now: () => clock });
  });
  afterEach(() => t.dispose());

  let n = 0;
  /** An approved task of `expertId` in `projectId`, owed by `organisationId`, then released. */
  async function earn(organisationId: string, projectId: string, amount: number, expertId = 'ann') {
    n++;
    await ledger.accrueApproval({
      projectId,
      organisationId,
      assignmentId: `as-${n}`,
      taskId: `t-${n}`,
      expertId,
      reviewId: `r-${n}`,
      reviewerId: 'rev',
      pay: { kind: 'per-task', rateMinor: amount, currency: EUR },
      approvedAt: clock.toISOString(),
    });
    await ledger.releasePending({ expertId, maturedBefore: clock.toISOString() });
    clock = new Date(clock.getTime() + 60_000);
  }
  const adjust = (organisationId: string, projectId: string, amountMinor: number, key = `${n++}`) =>
    ledger.adjust({
      expertId: 'ann',
      projectId,
      organisationId,
      amountMinor,
      currency: EUR,
      reason: 'correction',
      idempotencyKey: key,
      actorId: 'ops',
    });
  const owed = async (organisationId: string) =>
    (await ledger.balances('ann')).find((b) => b.organisationId === organisationId)
      ?.availableMinor ?? 0;

  it('item 2: another organisation cannot post to a project’s books, whatever it claims', async () => {
    await earn('orgA', 'pA', 5_000);
    await expect(adjust('orgB', 'pA', -5_000)).rejects.toBeInstanceOf(WrongOrganisationError);
    await expect(
      ledger.grantBonus({
        expertId: 'ann',
        projectId: 'pA',
        organisationId: 'orgB',
        amountMinor: 1,
        currency: EUR,
        reason: 'x',
        idempotencyKey: 'b',
        actorId: 'ops',
      }),
    ).rejects.toBeInstanceOf(WrongOrganisationError);
    await expect(
      ledger.accrueApproval({
        projectId: 'pA',
        organisationId: 'orgB',
        assignmentId: 'forged',
        taskId: 't',
        expertId: 'ann',
        reviewId: 'r',
        reviewerId: 'rev',
        pay: { kind: 'per-task', rateMinor: 1, currency: EUR },
      }),
    ).rejects.toBeInstanceOf(WrongOrganisationError);
    // Through its own project, B has nothing of ann's to take.
    await earn('orgB', 'pB', 100, 'someone-else');
    await expect(adjust('orgB', 'pB', -5_000)).rejects.toBeInstanceOf(NoEarningsError);
    await expect(adjust('orgB', 'pB', 5_000)).rejects.toBeInstanceOf(NoEarningsError);
    expect(await owed('orgA')).toBe(5_000);
    expect(await ledger.balances('ann')).toHaveLength(1);
    expect((await ledger.verify()).problems).toEqual([]);
  });

  it('item 2: a take-back never exceeds what the project accrued to the expert and has not paid', async () => {
    await earn('orgA', 'pA1', 3_000);
    await earn('orgA', 'pA2', 2_000);
    // A owes 50.00 in all, but pA2 may take back only its own 20.00.
    const tooMuch = adjust('orgA', 'pA2', -2_001);
    await expect(tooMuch).rejects.toBeInstanceOf(InsufficientFundsError);
    await expect(tooMuch).rejects.toMatchObject({ availableMinor: 2_000, requestedMinor: 2_001 });
    await adjust('orgA', 'pA2', -500);
    // A payout from A draws on pA1 first (the older account), then pA2.
    const paid = await ledger.requestPayout({
      expertId: 'ann',
      organisationId: 'orgA',
      idempotencyKey: 'pay-1',
      amountMinor: 4_000,
      currency: EUR,
    });
    const payout = await ledger.transaction(paid.payout.transactionId ?? '');
    expect(payout?.entries.map((e) => `${e.account} ${e.amountMinor}`)).toEqual([
      'expert:ann:project:pA1:available -3000',
      'expert:ann:project:pA2:available -1000',
      'org:orgA:payouts 4000',
    ]);
    // Paid out is paid: pA1 has nothing left to take back, pA2 has 5.00.
    await expect(adjust('orgA', 'pA1', -1)).rejects.toBeInstanceOf(InsufficientFundsError);
    await expect(adjust('orgA', 'pA2', -501)).rejects.toBeInstanceOf(InsufficientFundsError);
    await adjust('orgA', 'pA2', -500);
    expect(await owed('orgA')).toBe(0);
    // The bank returns the payout: every line goes back to the project it came from.
    await ledger.reversePayout({
      payoutTransactionId: paid.payout.transactionId ?? '',
      reason: 'account closed',
      actorId: 'ops',
    });
    await adjust('orgA', 'pA1', -3_000);
    await expect(adjust('orgA', 'pA2', -1_001)).rejects.toBeInstanceOf(InsufficientFundsError);
    expect((await ledger.verify()).problems).toEqual([]);
  });

  it('item 2: payouts are drawn on one organisation, never on another’s debt', async () => {
    await earn('orgA', 'pA', 1_000);
    await earn('orgB', 'pB', 4_000);
    const ask = (organisationId: string, amountMinor: number, key: string) =>
      ledger.requestPayout({
        expertId: 'ann',
        organisationId,
        idempotencyKey: key,
        amountMinor,
        currency: EUR,
      });
    const refused = await ask('orgA', 1_500, 'k1');
    expect(refused.payout).toMatchObject({ status: 'rejected', availableMinor: 1_000 });
    expect((await ask('orgA', 1_000, 'k2')).payout.status).toBe('accepted');
    // The same key asked of another organisation is another request.
    await expect(ask('orgB', 1_000, 'k2')).rejects.toMatchObject({ code: 'idempotency-conflict' });
    expect(await owed('orgA')).toBe(0);
    expect(await owed('orgB')).toBe(4_000);
    const check = await ledger.verify();
    expect(check.totals).toEqual([
      { organisationId: 'orgA', currency: 'EUR', debitsMinor: 3_000, creditsMinor: 3_000 },
      { organisationId: 'orgB', currency: 'EUR', debitsMinor: 8_000, creditsMinor: 8_000 },
    ]);
  });

  it('item 2: every adjustment and bonus names its reason on the organisation’s statement', async () => {
    await earn('orgA', 'pA', 1_000);
    await ledger.adjust({
      expertId: 'ann',
      projectId: 'pA',
      organisationId: 'orgA',
      amountMinor: -250,
      currency: EUR,
      reason: 'one clause was labelled twice',
      idempotencyKey: 'fix',
      actorId: 'ops',
    });
    await ledger.grantBonus({
      expertId: 'ann',
      projectId: 'pA',
      organisationId: 'orgA',
      amountMinor: 300,
      currency: EUR,
      reason: 'found the missing indemnity clause',
      idempotencyKey: 'bonus',
      actorId: 'ops',
    });
    // No adjustment without a reason the expert can read.
    for (const reason of ['', '   ', 'x'.repeat(2_001)])
      await expect(
        ledger.adjust({
          expertId: 'ann',
          projectId: 'pA',
          organisationId: 'orgA',
          amountMinor: 1,
          currency: EUR,
          reason,
          idempotencyKey: `blank-${reason.length}`,
          actorId: 'ops',
        }),
      ).rejects.toMatchObject({ code: 'invalid-request' });
    const statement = await ledger.statement({
      expertId: 'ann',
      organisationId: 'orgA',
      currency: EUR,
      from: day(1),
      to: day(31),
    });
    expect(statement.lines.find((l) => l.amountMinor === -250)).toMatchObject({
      kind: 'adjustment',
      reason: 'one clause was labelled twice',
      projectId: 'pA',
    });
    expect(statement.lines.find((l) => l.kind === 'bonus')?.reason).toBe(
      'found the missing indemnity clause',
    );
    expect(statement.organisationId).toBe('orgA');
  });
});
