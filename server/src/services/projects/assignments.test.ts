/**
 * Offers versus membership: an offer is a proposal the expert may take or leave. Only accepting it
 * makes the expert a member of the project (and so someone its organisation owes anything to).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Earnings } from '../../../../shared/pay/wire';
import type { Platform } from '../../platform';
import { createFixture, type Fixture } from '../../testing/fixture';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { approved } from '../../testing/workFixture';

describe.each(testDatabaseKinds())('offers are not membership on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db, { services: { work: { holdMs: 0 } } });
    f = await createFixture(platform);
    // The owner has earnings from organisation A (project P).
    await approved(platform, f);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  /** Organisation B (project Q) offers the owner a task; its admin makes the offer. */
  async function offerFromB() {
    const B = f.tokens.otherTenantAdmin;
    const task = await api(platform, 'POST', `/projects/${f.projectQ}/tasks`, {
      token: B,
      body: { documentId: f.documentQ, title: `Q work ${Math.random().toString(36).slice(2, 8)}` },
    });
    expect(task.status).toBe(201);
    const offer = await api(platform, 'POST', `/projects/${f.projectQ}/assignments`, {
      token: B,
      body: { taskId: (task.body as { id: string }).id, expertId: f.ids.owner },
    });
    expect(offer.status).toBe(201);
    return (offer.body as { id: string }).id;
  }

  const membersOfQ = async () =>
    (
      (
        await api(platform, 'GET', `/projects/${f.projectQ}/members`, {
          token: f.tokens.otherTenantAdmin,
        })
      ).body as { accountId: string }[]
    ).map((m) => m.accountId);

  it('item 2: another organisation’s offer does not make the expert its member, so it cannot adjust their earnings', async () => {
    const before = await api(platform, 'GET', '/me/earnings', { token: f.tokens.owner });
    expect(before.status).toBe(200);
    await offerFromB();

    // The offer alone: not a member, Q is not among the owner's projects, its documents stay shut.
    expect(await membersOfQ()).not.toContain(f.ids.owner);
    const projects = await api(platform, 'GET', '/projects', { token: f.tokens.owner });
    expect((projects.body as { id: string }[]).map((p) => p.id)).not.toContain(f.projectQ);
    expect(
      (await api(platform, 'GET', `/projects/${f.projectQ}/documents`, { token: f.tokens.owner }))
        .status,
    ).toBe(404);
    expect(
      (
        await api(platform, 'GET', `/projects/${f.projectQ}/documents/${f.documentQ}/download`, {
          token: f.tokens.owner,
        })
      ).status,
    ).toBe(404);

    // …so organisation B has nothing of the owner's to adjust, and the earnings are untouched.
    const taken = await api(platform, 'POST', `/projects/${f.projectQ}/adjustments`, {
      token: f.tokens.otherTenantAdmin,
      body: {
        expertId: f.ids.owner,
        amountMinor: -5_000,
        reason: 'taking it back',
        idempotencyKey: 'item-2-offer-only',
      },
    });
    expect(taken.status).toBeGreaterThanOrEqual(400);
    expect(taken.status).toBeLessThan(500);
    const after = await api(platform, 'GET', '/me/earnings', { token: f.tokens.owner });
    expect((after.body as Earnings).balances).toEqual((before.body as Earnings).balances);
    const totals = (e: unknown) => (e as Earnings).statements.map((s) => s.totals);
    expect(totals(after.body)).toEqual(totals(before.body));
  });

  it('item 2: the offer is listed for the expert, and accepting it is what makes them a member', async () => {
    const assignmentId = await offerFromB();
    const mine = await api(platform, 'GET', '/me/assignments', { token: f.tokens.owner });
    expect(
      (mine.body as { id: string; status: string }[]).find((a) => a.id === assignmentId),
    ).toMatchObject({ status: 'offered' });
    expect(await membersOfQ()).not.toContain(f.ids.owner);

    const accept = await api(
      platform,
      'POST',
      `/projects/${f.projectQ}/assignments/${assignmentId}/status`,
      { token: f.tokens.owner, body: { status: 'accepted' } },
    );
    expect(accept).toMatchObject({ status: 200, body: { status: 'accepted' } });
    expect(await membersOfQ()).toContain(f.ids.owner);
    expect(
      (await api(platform, 'GET', `/projects/${f.projectQ}/documents`, { token: f.tokens.owner }))
        .status,
    ).toBe(200);
  });

  it('item 2: declining an offer leaves the expert outside the project', async () => {
    const fresh = await createFixture(platform);
    const task = await api(platform, 'POST', `/projects/${fresh.projectQ}/tasks`, {
      token: fresh.tokens.otherTenantAdmin,
      body: { documentId: fresh.documentQ, title: 'Q work to decline' },
    });
    const offer = await api(platform, 'POST', `/projects/${fresh.projectQ}/assignments`, {
      token: fresh.tokens.otherTenantAdmin,
      body: { taskId: (task.body as { id: string }).id, expertId: fresh.ids.otherExpert },
    });
    expect(offer.status).toBe(201);
    const declined = await api(
      platform,
      'POST',
      `/projects/${fresh.projectQ}/assignments/${(offer.body as { id: string }).id}/status`,
      { token: fresh.tokens.otherExpert, body: { status: 'declined', reason: 'not for me' } },
    );
    expect(declined).toMatchObject({ status: 200, body: { status: 'declined' } });
    const members = await api(platform, 'GET', `/projects/${fresh.projectQ}/members`, {
      token: fresh.tokens.otherTenantAdmin,
    });
    expect((members.body as { accountId: string }[]).map((m) => m.accountId)).not.toContain(
      fresh.ids.otherExpert,
    );
  });

  it('item 2: staff cannot make an expert a member without the expert accepting', async () => {
    const put = await api(platform, 'PUT', `/projects/${f.projectQ}/members/${f.ids.otherExpert}`, {
      token: f.tokens.otherTenantAdmin,
      body: { role: 'expert' },
    });
    expect(put.status).toBe(409);
    expect(await membersOfQ()).not.toContain(f.ids.otherExpert);
  });
});
