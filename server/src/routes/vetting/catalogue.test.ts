import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Accepted,
  Candidates,
  Catalogue,
  NotificationList,
} from '../../../../shared/platform/ops/vettingSchemas';
import { toPrincipal } from '../../services/accounts/accounts';
import type { Platform } from '../../platform';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import {
  lawyerProfile,
  NDA_LISTING,
  person,
  project,
  saveProfile,
  type Person,
} from '../../services/vetting/testing';

/** Reads an SSE stream until an event of the given name arrives. */
async function nextEvent(response: Response, name: string): Promise<unknown> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('stream ended');
    buffer += value;
    for (const block of buffer.split('\n\n')) {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event === name && data) {
        await reader.cancel();
        return JSON.parse(data);
      }
    }
  }
}

describe.each(testDatabaseKinds())('matching and the catalogue on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let lawyer: Person;
  let doctor: Person;
  let reviewer: Person;
  let requester: Person;
  let outsider: Person;
  let listed = '';
  let unlisted = '';
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    const org = await platform.services.accounts.createOrganisation('Catalogue org');
    const otherOrg = await platform.services.accounts.createOrganisation('Other org');
    lawyer = await person(platform, 'expert', null, 'lawyer');
    doctor = await person(platform, 'expert', null, 'doctor');
    reviewer = await person(platform, 'reviewer', org);
    requester = await person(platform, 'requester', org);
    outsider = await person(platform, 'requester', otherOrg);
    await saveProfile(platform, lawyer.token);
    await saveProfile(
      platform,
      doctor.token,
      lawyerProfile({ credentials: [], domains: [{ domain: 'medicine', subSpecialties: [] }] }),
    );
    await api(platform, 'POST', `/experts/${lawyer.id}/credentials/bar-ny/decision`, {
      token: reviewer.token,
      body: { outcome: 'verified' },
    });
    listed = await project(platform, requester.id, {
      status: 'open',
      listing: NDA_LISTING,
      tasks: 2,
    });
    unlisted = await project(platform, requester.id, { status: 'open', name: 'Unlisted project' });
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  it('lists open listed projects with reasons, and says why not to those who do not qualify', async () => {
    const mine = (await api(platform, 'GET', '/me/catalogue', { token: lawyer.token }))
      .body as Catalogue;
    expect(mine.hasProfile).toBe(true);
    expect(mine.interviewed).toBe(false);
    expect(mine.matches.map((m) => m.projectId)).toEqual([listed]);
    const match = mine.matches[0]!;
    expect(match.reasons).toContain('verified NY bar licence');
    expect(match.concerns).toContain('no interview yet');
    expect(match).toMatchObject({ state: 'open', assignments: 0, listing: NDA_LISTING });
    expect(JSON.stringify(mine)).not.toContain(unlisted);

    const theirs = (await api(platform, 'GET', '/me/catalogue', { token: doctor.token }))
      .body as Catalogue;
    expect(theirs.matches).toEqual([]);
    expect(theirs.excluded[0]!.reasons).toEqual([
      'needs law expertise, which your profile does not list',
      'needs a verified United States bar licence',
    ]);
    const nobody = await person(platform, 'expert', null);
    expect((await api(platform, 'GET', '/me/catalogue', { token: nobody.token })).body).toEqual({
      hasProfile: false,
      interviewed: false,
      matches: [],
      excluded: [],
    });
  });

  it('accepting offers and accepts the open tasks (they appear in the work queue); refuses the unqualified', async () => {
    const refused = await api(platform, 'POST', `/me/catalogue/${listed}/accept`, {
      token: doctor.token,
      body: {},
    });
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('needs law expertise');
    const accepted = await api(platform, 'POST', `/me/catalogue/${listed}/accept`, {
      token: lawyer.token,
      body: {},
    });
    expect(accepted.status, accepted.text).toBe(200);
    const body = accepted.body as Accepted;
    expect(body.assignments).toHaveLength(2);
    expect(body.assignments.every((a) => a.status === 'accepted')).toBe(true);
    const queue = await api(platform, 'GET', '/me/assignments', { token: lawyer.token });
    expect(
      (queue.body as { projectId: string }[]).filter((a) => a.projectId === listed),
    ).toHaveLength(2);
    const again = await api(platform, 'POST', `/me/catalogue/${listed}/accept`, {
      token: lawyer.token,
      body: {},
    });
    expect((again.body as Accepted).assignments).toHaveLength(2);
    const after = (await api(platform, 'GET', '/me/catalogue', { token: lawyer.token }))
      .body as Catalogue;
    expect(after.matches[0]).toMatchObject({ state: 'accepted', assignments: 2 });
    expect(
      (
        await api(platform, 'POST', `/me/catalogue/${unlisted}/accept`, {
          token: lawyer.token,
          body: {},
        })
      ).status,
    ).toBe(404);
  });

  it('records a decline with its optional reason', async () => {
    const other = await project(platform, requester.id, { status: 'open', listing: NDA_LISTING });
    const declined = await api(platform, 'POST', `/me/catalogue/${other}/decline`, {
      token: lawyer.token,
      body: { reason: 'Too close to a deadline at work.' },
    });
    expect(declined.status).toBe(200);
    const catalogue = (await api(platform, 'GET', '/me/catalogue', { token: lawyer.token }))
      .body as Catalogue;
    expect(catalogue.matches.find((m) => m.projectId === other)?.state).toBe('declined');
  });

  it('ranks candidates for the requester, counting the filtered-out by reason', async () => {
    const ranked = await api(platform, 'GET', `/projects/${listed}/candidates`, {
      token: requester.token,
    });
    expect(ranked.status).toBe(200);
    const body = ranked.body as Candidates;
    expect(body.listed).toBe(true);
    expect(body.candidates.map((c) => c.expertId)).toEqual([lawyer.id]);
    expect(body.candidates[0]).toMatchObject({ state: 'accepted' });
    expect(body.excluded.count).toBe(1);
    expect(JSON.stringify(body)).not.toContain(doctor.id);
    expect(
      (await api(platform, 'GET', `/projects/${listed}/candidates`, { token: outsider.token }))
        .status,
    ).toBe(404);
    expect(
      (await api(platform, 'GET', `/projects/${listed}/candidates`, { token: lawyer.token }))
        .status,
    ).toBe(403);
    const notListed = await api(platform, 'GET', `/projects/${unlisted}/candidates`, {
      token: requester.token,
    });
    expect(notListed.body).toMatchObject({ listed: false, candidates: [] });
  });

  it('notifies matching experts once, live and stored, when a listed project opens', async () => {
    const draft = await project(platform, requester.id, {
      listing: NDA_LISTING,
      name: 'Fresh NDAs',
    });
    const stream = await fetch(`${platform.url}/events`, {
      headers: { authorization: `Bearer ${lawyer.token}` },
    });
    const arrived = nextEvent(stream, 'notification');
    const opened = await api(platform, 'PATCH', `/projects/${draft}`, {
      token: requester.token,
      body: { status: 'open' },
    });
    expect(opened.status).toBe(200);
    expect(await arrived).toMatchObject({
      kind: 'project-match',
      projectId: draft,
      title: 'Fresh NDAs',
    });

    const stored = (await api(platform, 'GET', '/me/notifications', { token: lawyer.token }))
      .body as NotificationList;
    expect(stored.unread).toBeGreaterThanOrEqual(1);
    expect(stored.items[0]!.message).toContain('verified NY bar licence');
    const doctors = (await api(platform, 'GET', '/me/notifications', { token: doctor.token }))
      .body as NotificationList;
    expect(doctors.items.some((n) => n.projectId === draft)).toBe(false);

    const requesterPrincipal = toPrincipal((await platform.services.accounts.byId(requester.id))!);
    await platform.services.projects.update(requesterPrincipal, draft, { status: 'paused' });
    await platform.services.projects.update(requesterPrincipal, draft, { status: 'open' });
    const once = (await api(platform, 'GET', '/me/notifications', { token: lawyer.token }))
      .body as NotificationList;
    expect(once.items.filter((n) => n.projectId === draft)).toHaveLength(1);
    await api(platform, 'POST', '/me/notifications/read', { token: lawyer.token, body: {} });
    expect(
      (
        (await api(platform, 'GET', '/me/notifications', { token: lawyer.token }))
          .body as NotificationList
      ).unread,
    ).toBe(0);
  });

  it('keeps listings to the project’s people', async () => {
    const read = await api(platform, 'GET', `/projects/${listed}/listing`, {
      token: requester.token,
    });
    expect(read.body).toEqual({ listing: NDA_LISTING });
    expect(
      (
        await api(platform, 'PUT', `/projects/${listed}/listing`, {
          token: outsider.token,
          body: NDA_LISTING,
        })
      ).status,
    ).toBe(404);
    const bad = await api(platform, 'PUT', `/projects/${listed}/listing`, {
      token: requester.token,
      body: { ...NDA_LISTING, minHoursPerWeek: 200 },
    });
    expect(bad.status).toBe(400);
  });
});
