/**
 * Issue 14, item 2: money is owed by an organisation. An expert's balances are kept per
 * organisation (per project funding account underneath), so one organisation can only ever
 * adjust what it owes; a take-back never exceeds what the project accrued to the expert and has
 * not paid; payouts draw on one organisation's debt; every adjustment's reason is on the statement.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { asCurrency } from '../../../../shared/pay/money';
import { statementToCsv } from '../../../../shared/pay/statementCsv';
import type { Earnings, PayoutResult } from '../../../../shared/pay/wire';
import type { Platform } from '../../platform';
import { definition, type Fixture } from '../../testing/fixture';
import { api } from '../../testing/harness';
import { useFixturePlatform } from '../../testing/fixturePlatform';
import { testDatabaseKinds } from '../../testing/testDatabases';
import { approvedIn } from '../../testing/workFixture';
import { enrol } from '../../testing/experts';
import { toPrincipal } from '../../services/accounts/accounts';

describe.each(testDatabaseKinds())('money owed per organisation on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started), {
    services: { work: { holdMs: 0 } },
  });

  const earnings = async (token = f.tokens.owner) => {
    const answer = await api(platform, 'GET', '/me/earnings', { ...(token ? { token } : {}) });
    expect(answer.status).toBe(200);
    return answer.body as Earnings;
  };
  /** What `organisationId` owes the owner, available for payout (EUR). */
  const owed = async (organisationId: string) =>
    (await earnings()).balances.find(
      (b) => b.organisationId === organisationId && b.currency === 'EUR',
    )?.availableMinor ?? 0;
  /** Everything the owner can be paid, whoever owes it (EUR). */
  const totalAvailable = async () =>
    (await earnings()).balances
      .filter((b) => b.currency === 'EUR')
      .reduce((sum, b) => sum + b.availableMinor, 0);
  const adjust = (token: string | undefined, projectId: string, amountMinor: number) =>
    api(platform, 'POST', `/projects/${projectId}/adjustments`, {
      ...(token ? { token } : {}),
      body: {
        expertId: f.ids.owner,
        amountMinor,
        reason: 'take-back',
        idempotencyKey: uuidv7(),
      },
    });

  it('item 2: another organisation cannot adjust an expert’s earnings from organisation A', async () => {
    await approvedIn(platform, f, 'P', f.ids.owner);
    expect(await totalAvailable()).toBe(1_000);
    // Organisation B offers the owner a task in its own project Q (on the old code the offer
    // alone made the owner a member of Q) and then tries to take the money back through Q.
    const task = await api(platform, 'POST', `/projects/${f.projectQ}/tasks`, {
      token: f.tokens.requesterB,
      body: { documentId: f.documentQ, title: 'bait' },
    });
    const offer = await api(platform, 'POST', `/projects/${f.projectQ}/assignments`, {
      token: f.tokens.requesterB,
      body: { taskId: (task.body as { id: string }).id, expertId: f.ids.owner },
    });
    expect(offer.status).toBe(201);
    for (const token of [f.tokens.requesterB, f.tokens.otherTenantAdmin]) {
      const take = await adjust(token, f.projectQ, -1_000);
      expect(take.status, take.text).toBe(400);
      expect(take.text).toContain('no earnings from this project');
      const bonus = await api(platform, 'POST', `/projects/${f.projectQ}/bonuses`, {
        ...(token ? { token } : {}),
        body: { expertId: f.ids.owner, amountMinor: 1, reason: 'x', idempotencyKey: uuidv7() },
      });
      expect(bonus.status, bonus.text).toBe(400);
      // And through A's project it does not exist for them.
      expect((await adjust(token, f.projectP, -1_000)).status).toBe(404);
    }
    expect(await totalAvailable()).toBe(1_000);
    expect(await owed(f.orgA)).toBe(1_000);
    expect(await owed(f.orgB)).toBe(0);
    const check = await platform.services.work.ledger.verify();
    expect(check.problems).toEqual([]);
  });

  it('item 2: a negative adjustment never exceeds what the project accrued to the expert and has not paid', async () => {
    await approvedIn(platform, f, 'P', f.ids.owner);
    // A second project of organisation A that has never paid the owner, though they are a member.
    const requester = f.tokens.requester;
    const created = await api(platform, 'POST', '/projects', {
      token: requester,
      body: definition('P2 of organisation A'),
    });
    const p2 = (created.body as { id: string }).id;
    // The owner joins P2 the one way an expert joins: accepting an offer of its work.
    const requesterRow = await platform.services.accounts.byId(f.ids.requester);
    const document = await platform.services.documents.upload(toPrincipal(requesterRow!), p2, {
      name: 'p2.txt',
      bytes: new TextEncoder().encode('a clause of P2'),
    });
    await enrol(platform.services, toPrincipal(requesterRow!), p2, f.ids.owner, document.id);
    const before = await totalAvailable();
    expect(before).toBeGreaterThanOrEqual(1_000);
    const p2Take = await adjust(requester, p2, -500);
    expect(p2Take.status, p2Take.text).toBe(400);
    expect(await totalAvailable()).toBe(before);
    // P owes the owner its accruals (10.00 per approved task here) and no more.
    const fromP = (await earnings()).statements
      .flatMap((s) => s.lines)
      .filter((l) => l.projectId === f.projectP && l.account === 'available')
      .reduce((sum, l) => sum + l.amountMinor, 0);
    const tooMuch = await adjust(requester, f.projectP, -(fromP + 1));
    expect(tooMuch.status, tooMuch.text).toBe(409);
    expect(await owed(f.orgA)).toBe(before);
    // After a payout of all of it, nothing is left for P to take back.
    const paid = await api(platform, 'POST', '/me/payouts', {
      token: f.tokens.owner,
      body: {
        idempotencyKey: uuidv7(),
        amountMinor: before,
        currency: 'EUR',
        organisationId: f.orgA,
      },
    });
    expect((paid.body as PayoutResult).payout.status).toBe('accepted');
    expect((await adjust(requester, f.projectP, -1)).status).toBe(409);
    expect(await owed(f.orgA)).toBe(0);
    // Work whose hold is over can be taken back at once, before anyone read a balance.
    await approvedIn(platform, f, 'P', f.ids.owner);
    expect((await adjust(requester, f.projectP, -1_000)).status).toBe(201);
    expect((await adjust(requester, f.projectP, -1)).status).toBe(409);
  });

  it('item 2: balances, statements and payouts are kept per organisation', async () => {
    await approvedIn(platform, f, 'P', f.ids.owner);
    await approvedIn(platform, f, 'Q', f.ids.owner);
    const e = await earnings();
    expect(e.balances).toEqual([
      expect.objectContaining({ organisationId: f.orgA, currency: 'EUR', availableMinor: 1_000 }),
      expect.objectContaining({ organisationId: f.orgB, currency: 'EUR', availableMinor: 1_000 }),
    ]);
    expect(e.organisations).toEqual(
      expect.arrayContaining([
        { id: f.orgA, name: 'Org A' },
        { id: f.orgB, name: 'Org B' },
      ]),
    );
    expect(
      e.statements.map((s) => [s.organisationId, s.currency, s.closing.availableMinor]),
    ).toEqual([
      [f.orgA, 'EUR', 1_000],
      [f.orgB, 'EUR', 1_000],
    ]);
    // A payout is drawn on one organisation: A owes 10.00, so 15.00 from A is refused although
    // the owner is owed 20.00 in all.
    const payout = (amountMinor: number, organisationId: string) =>
      api(platform, 'POST', '/me/payouts', {
        token: f.tokens.owner,
        body: { idempotencyKey: uuidv7(), amountMinor, currency: 'EUR', organisationId },
      });
    const refused = (await payout(1_500, f.orgA)).body as PayoutResult;
    expect(refused.payout).toMatchObject({ status: 'rejected', availableMinor: 1_000 });
    const accepted = (await payout(1_000, f.orgA)).body as PayoutResult;
    expect(accepted.payout).toMatchObject({ status: 'accepted', organisationId: f.orgA });
    // B takes back what Q paid and has not yet paid out: A's books do not move.
    expect((await adjust(f.tokens.requesterB, f.projectQ, -400)).status).toBe(201);
    expect(await owed(f.orgA)).toBe(0);
    expect(await owed(f.orgB)).toBe(600);
    const check = await platform.services.work.ledger.verify();
    expect(check.problems).toEqual([]);
    for (const t of check.totals) expect(t.debitsMinor).toBe(t.creditsMinor);
    expect(new Set(check.totals.map((t) => t.organisationId))).toEqual(new Set([f.orgA, f.orgB]));
  });

  it('item 2: every adjustment names its reason on the statement (API and CSV)', async () => {
    await approvedIn(platform, f, 'Q', f.ids.owner);
    const reason = 'Task 7 was paid twice by mistake; this takes back the second payment';
    const posted = await api(platform, 'POST', `/projects/${f.projectQ}/adjustments`, {
      token: f.tokens.requesterB,
      body: { expertId: f.ids.owner, amountMinor: -100, reason, idempotencyKey: uuidv7() },
    });
    expect(posted.status).toBe(201);
    for (const blank of ['', '   '])
      expect(
        (
          await api(platform, 'POST', `/projects/${f.projectQ}/adjustments`, {
            token: f.tokens.requesterB,
            body: {
              expertId: f.ids.owner,
              amountMinor: 1,
              reason: blank,
              idempotencyKey: uuidv7(),
            },
          })
        ).status,
      ).toBe(400);
    const statement = (await earnings()).statements.find((s) => s.organisationId === f.orgB)!;
    const line = statement.lines.find((l) => l.kind === 'adjustment' && l.amountMinor === -100);
    expect(line).toMatchObject({ reason, projectId: f.projectQ });
    const typed = { ...statement, currency: asCurrency(statement.currency) };
    // The PDF and the Earnings screen render these same lines (their own tests show the reason).
    expect(statementToCsv(typed)).toContain(reason);
  });
});
