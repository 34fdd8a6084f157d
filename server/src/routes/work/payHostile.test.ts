/**
 * Hostile and careless requests on the money routes, beyond the probe's cases: malformed payout
 * targets, adjustments naming accounts that are not experts of the project, racing take-backs,
 * reused keys. Each gets a clear 4xx (or a stored refusal) and moves nothing it should not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { PayoutResult, PostedResult } from '../../../../shared/pay/wire';
import type { Platform } from '../../platform';
import { createFixture, type Fixture } from '../../testing/fixture';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { approvedIn } from '../../testing/workFixture';

describe.each(testDatabaseKinds())('hostile requests on the money routes on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db, { services: { work: { holdMs: 0 } } });
    f = await createFixture(platform);
    await approvedIn(platform, f, 'P', f.ids.owner);
    await approvedIn(platform, f, 'P', f.ids.owner);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  const owedByA = async () =>
    (await platform.services.work.ledger.balances(f.ids.owner)).find(
      (b) => b.organisationId === f.orgA,
    )?.availableMinor ?? 0;
  const adjust = (body: Record<string, unknown>, token = f.tokens.requester) =>
    api(platform, 'POST', `/projects/${f.projectP}/adjustments`, {
      ...(token ? { token } : {}),
      body: { reason: 'correction', idempotencyKey: uuidv7(), ...body },
    });

  it('refuses payouts that name no organisation, or not one, clearly', async () => {
    const payout = (body: Record<string, unknown>) =>
      api(platform, 'POST', '/me/payouts', {
        token: f.tokens.owner,
        body: { idempotencyKey: uuidv7(), amountMinor: 100, currency: 'EUR', ...body },
      });
    expect(await payout({})).toMatchObject({ status: 400 });
    for (const organisationId of ['', 'org:evil', 'x'.repeat(201), "a' or 1=1 --"])
      expect((await payout({ organisationId })).status, organisationId).toBe(400);
    // An organisation that owes the owner nothing, or that does not exist: refused for funds.
    for (const organisationId of [f.orgB, uuidv7()]) {
      const answer = await payout({ organisationId });
      expect(answer.status).toBe(200);
      expect((answer.body as PayoutResult).payout).toMatchObject({
        status: 'rejected',
        availableMinor: 0,
        organisationId,
      });
    }
    expect(await owedByA()).toBe(2_000);
  });

  it('refuses to adjust accounts the project never paid: staff, other experts, unknown ids', async () => {
    for (const expertId of [f.ids.reviewer, f.ids.requester, f.ids.otherExpert, uuidv7()]) {
      const answer = await adjust({ expertId, amountMinor: 500 });
      expect(answer.status, expertId).toBe(400);
      expect(answer.text).toContain('no earnings from this project');
    }
    expect((await adjust({ expertId: 'not-a-uuid', amountMinor: 5 })).status).toBe(400);
    // A bonus tied to someone else's assignment.
    const theirs = await approvedIn(platform, f, 'P', f.ids.otherExpert);
    const bonus = await api(platform, 'POST', `/projects/${f.projectP}/bonuses`, {
      token: f.tokens.requester,
      body: {
        expertId: f.ids.owner,
        amountMinor: 100,
        reason: 'x',
        idempotencyKey: uuidv7(),
        assignmentId: theirs.assignmentId,
      },
    });
    expect(bonus.status).toBe(400);
    expect(await owedByA()).toBe(2_000);
  });

  it('serialises racing take-backs: never more than the project owes', async () => {
    const before = await owedByA();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => adjust({ expertId: f.ids.owner, amountMinor: -100 })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(before / 100);
    expect(statuses.filter((s) => s === 409)).toHaveLength(30 - before / 100);
    expect(await owedByA()).toBe(0);
    expect((await platform.services.work.ledger.verify()).problems).toEqual([]);
  });

  it('replays a reused key, refuses it for another body, and keeps keys per project', async () => {
    await approvedIn(platform, f, 'P', f.ids.owner);
    await approvedIn(platform, f, 'Q', f.ids.owner);
    const key = uuidv7();
    const body = { expertId: f.ids.owner, amountMinor: -300, reason: 'duplicate task' };
    const first = await adjust({ ...body, idempotencyKey: key });
    const again = await adjust({ ...body, idempotencyKey: key });
    expect(first.status).toBe(201);
    expect(again.body).toEqual({ ...(first.body as PostedResult), replayed: true });
    expect((await adjust({ ...body, amountMinor: -301, idempotencyKey: key })).status).toBe(422);
    // Organisation B's own project may use the same key: it is another project's request.
    const inQ = await api(platform, 'POST', `/projects/${f.projectQ}/adjustments`, {
      token: f.tokens.requesterB,
      body: { ...body, idempotencyKey: key },
    });
    expect(inQ.status).toBe(201);
    expect(await owedByA()).toBe(700);
  });
});
