/**
 * Eligibility, enforced by the server wherever work reaches an expert: offering, listing (the work
 * queue and /me/assignments), accepting, pulling documents and annotations, pushing annotations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyQueue } from '../../../../shared/work/wire';
import type { Platform } from '../../platform';
import {
  as,
  createEligibilityWorld,
  legacyOffer,
  setLicenceExpiry,
  type EligibilityWorld,
} from '../../testing/eligibilityFixture';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { NDA_LISTING } from './testing';

describe.each(testDatabaseKinds())('eligibility on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let w: EligibilityWorld;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    w = await createEligibilityWorld(platform);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  const queueProjects = async (who = w.lawyer) =>
    ((await as(platform, who).get('/me/queue')).body as MyQueue).items.map((i) => i.projectId);
  const assignmentProjects = async (who = w.lawyer) =>
    ((await as(platform, who).get('/me/assignments')).body as { projectId: string }[]).map(
      (a) => a.projectId,
    );

  it('item 6: a requester cannot offer work to an expert who does not meet its requirements', async () => {
    const refused = await as(platform, w.requester).offer(
      w.medicine.id,
      w.medicine.taskIds[0]!,
      w.lawyer.id,
    );
    expect(refused).toMatchObject({ status: 403, body: { error: 'notEligible' } });
    expect((refused.body as { unmet: unknown[] }).unmet).toEqual(
      expect.arrayContaining([
        { code: 'domain', domain: 'medicine' },
        { code: 'credential', credential: 'medical-licence', jurisdictions: [] },
      ]),
    );
    // What the expert has (or lacks) beyond the requirement is not the requester's to read.
    expect(refused.text).not.toMatch(/yours|pending|rejected/);
    expect(await queueProjects()).not.toContain(w.medicine.id);
    // The same expert qualifies for the legal project.
    const offered = await as(platform, w.requester).offer(w.law.id, w.law.taskIds[0]!, w.lawyer.id);
    expect(offered).toMatchObject({ status: 201, body: { status: 'offered' } });
  });

  it('item 6: an offer the expert does not qualify for is neither listed nor accepted', async () => {
    const stale = await legacyOffer(platform, w.medicine.id, w.medicine.taskIds[1]!, w.lawyer.id);
    expect(await queueProjects()).not.toContain(w.medicine.id);
    expect(await assignmentProjects()).not.toContain(w.medicine.id);
    const lawyer = as(platform, w.lawyer);
    expect(await lawyer.move(w.medicine.id, stale, 'accepted')).toMatchObject({
      status: 403,
      body: { error: 'notEligible' },
    });
    // Nor pulled, downloaded or annotated, whatever the tables say about membership.
    expect((await lawyer.pull(w.medicine.id)).status).toBe(403);
    expect((await lawyer.download(w.medicine)).status).toBe(403);
    expect((await lawyer.push(w.medicine)).outcome).toMatchObject({ status: 'rejected' });
    expect((await lawyer.get(`/projects/${w.medicine.id}/documents`)).status).toBe(403);
  });

  it('item 6: the draft project is invisible to experts everywhere', async () => {
    const refused = await as(platform, w.requester).offer(
      w.draft.id,
      w.draft.taskIds[0]!,
      w.lawyer.id,
    );
    expect(refused).toMatchObject({ status: 409, body: { error: 'projectNotOpen' } });
    await legacyOffer(platform, w.draft.id, w.draft.taskIds[1]!, w.lawyer.id);
    const lawyer = as(platform, w.lawyer);
    const projects = (await lawyer.get('/projects')).body as { id: string }[];
    expect(projects.map((p) => p.id)).not.toContain(w.draft.id);
    for (const path of ['', '/tasks', '/documents', '/assignments', '/work-settings'])
      expect((await lawyer.get(`/projects/${w.draft.id}${path}`)).status).toBe(404);
    expect((await lawyer.pull(w.draft.id)).status).toBe(404);
    expect((await lawyer.download(w.draft)).status).toBe(404);
    expect((await lawyer.push(w.draft)).outcome).toMatchObject({ status: 'rejected' });
    expect(await queueProjects()).not.toContain(w.draft.id);
    expect(await assignmentProjects()).not.toContain(w.draft.id);
    // Staff still see and prepare it.
    expect((await as(platform, w.requester).get(`/projects/${w.draft.id}/tasks`)).status).toBe(200);
  });

  it('item 6: an offered expert cannot pull the documents or push annotations until accepting', async () => {
    const newcomer = as(platform, w.newcomer);
    const offer = await as(platform, w.requester).offer(w.law.id, w.law.taskIds[1]!, w.newcomer.id);
    expect(offer.status).toBe(201);
    expect(await queueProjects(w.newcomer)).toContain(w.law.id);
    expect((await newcomer.download(w.law)).status).toBe(404);
    expect((await newcomer.pull(w.law.id)).status).toBe(404);
    expect((await newcomer.push(w.law)).outcome).toMatchObject({ status: 'rejected' });
    const id = (offer.body as { id: string }).id;
    expect(await newcomer.move(w.law.id, id, 'accepted')).toMatchObject({ status: 200 });
    expect((await newcomer.download(w.law)).status).toBe(200);
    expect((await newcomer.pull(w.law.id)).status).toBe(200);
    expect((await newcomer.push(w.law)).outcome).toMatchObject({ status: 'applied' });
  });

  it('item 6: an expert whose licence expires is held out of the project until it is renewed', async () => {
    const lawyer = as(platform, w.lawyer);
    const offers = (
      (await lawyer.get('/me/assignments')).body as { id: string; projectId: string }[]
    ).filter((a) => a.projectId === w.law.id);
    expect(offers).toHaveLength(1);
    expect((await lawyer.move(w.law.id, offers[0]!.id, 'accepted')).status).toBe(200);
    expect((await lawyer.push(w.law)).outcome).toMatchObject({ status: 'applied' });
    const pending = await as(platform, w.requester).offer(w.law.id, w.law.taskIds[2]!, w.lawyer.id);
    expect(pending.status).toBe(201);

    await setLicenceExpiry(platform, w.lawyer.id, '2001-01-01');
    expect(await queueProjects()).not.toContain(w.law.id);
    expect(await assignmentProjects()).not.toContain(w.law.id);
    const projects = (await lawyer.get('/projects')).body as { id: string }[];
    expect(projects.map((p) => p.id)).not.toContain(w.law.id);
    const pull = await lawyer.pull(w.law.id);
    expect(pull).toMatchObject({ status: 403, body: { error: 'notEligible' } });
    expect((pull.body as { unmet: unknown[] }).unmet).toEqual([
      { code: 'credential', credential: 'bar-admission', jurisdictions: ['US'] },
    ]);
    expect((await lawyer.download(w.law)).status).toBe(403);
    expect((await lawyer.push(w.law)).outcome).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
    });
    const id = (pending.body as { id: string }).id;
    expect((await lawyer.move(w.law.id, id, 'accepted')).status).toBe(403);
    // Nor can a new offer be made meanwhile.
    const again = await as(platform, w.requester).offer(w.law.id, w.law.taskIds[3]!, w.lawyer.id);
    expect(again).toMatchObject({ status: 403, body: { error: 'notEligible' } });
    // Managers still see every assignment (to reassign the work).
    const all = (await as(platform, w.requester).get(`/projects/${w.law.id}/assignments`)).body as {
      expertId: string;
    }[];
    expect(all.filter((a) => a.expertId === w.lawyer.id)).toHaveLength(2);

    // Renewed: everything is where it was, nothing was lost.
    await setLicenceExpiry(platform, w.lawyer.id, '2999-01-01');
    expect(await queueProjects()).toContain(w.law.id);
    const back = await lawyer.pull(w.law.id);
    expect(back.status).toBe(200);
    expect((back.body as { changes: unknown[] }).changes).toHaveLength(1);
    expect((await lawyer.move(w.law.id, id, 'accepted')).status).toBe(200);
  });
  it('item 6: beyond the listed cases — paused projects, giving work back, others’ offers, tightened listings', async () => {
    const requester = as(platform, w.requester);
    const newcomer = as(platform, w.newcomer);
    // Paused: an offer made while open cannot be accepted, and no new offer is made.
    const offer = await requester.offer(w.law.id, w.law.taskIds[3]!, w.newcomer.id);
    expect(offer.status).toBe(201);
    const id = (offer.body as { id: string }).id;
    const patch = (status: string) =>
      api(platform, 'PATCH', `/projects/${w.law.id}`, {
        token: w.requester.token,
        body: { status },
      });
    expect((await patch('paused')).status).toBe(200);
    expect(await newcomer.move(w.law.id, id, 'accepted')).toMatchObject({
      status: 409,
      body: { error: 'projectNotOpen' },
    });
    expect(await requester.offer(w.law.id, w.law.taskIds[2]!, w.newcomer.id)).toMatchObject({
      status: 409,
      body: { error: 'projectNotOpen' },
    });
    expect((await patch('open')).status).toBe(200);
    // Nobody accepts an offer made to someone else; it does not exist for them.
    expect((await as(platform, w.lawyer).move(w.law.id, id, 'accepted')).status).toBe(404);
    // Offers go to active expert accounts only.
    expect((await requester.offer(w.law.id, w.law.taskIds[3]!, w.reviewer.id)).status).toBe(400);
    // A tightened listing holds a member out at once; declining stays possible.
    const strict = { ...NDA_LISTING, minHoursPerWeek: 60 };
    expect(
      (
        await api(platform, 'PUT', `/projects/${w.law.id}/listing`, {
          token: w.requester.token,
          body: strict,
        })
      ).status,
    ).toBe(200);
    expect(await newcomer.move(w.law.id, id, 'accepted')).toMatchObject({
      status: 403,
      body: { error: 'notEligible', unmet: [{ code: 'hours', hoursPerWeek: 60 }] },
    });
    expect((await newcomer.pull(w.law.id)).status).toBe(403);
    expect(await newcomer.move(w.law.id, id, 'declined', 'not enough hours')).toMatchObject({
      status: 200,
      body: { status: 'declined' },
    });
    await api(platform, 'PUT', `/projects/${w.law.id}/listing`, {
      token: w.requester.token,
      body: NDA_LISTING,
    });
    // The catalogue knows no draft either.
    expect(
      (
        await api(platform, 'POST', `/me/catalogue/${w.draft.id}/accept`, {
          token: w.lawyer.token,
          body: {},
        })
      ).status,
    ).toBe(404);
  });
});
