/**
 * Creates and updates that name an id answer the same whether that id is unknown or belongs to
 * another organisation: status and message never tell what exists elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { Platform } from '../platform';
import { definition, type Fixture } from '../testing/fixture';
import { api } from '../testing/harness';
import { useFixturePlatform } from '../testing/fixturePlatform';
import { testDatabaseKinds } from '../testing/testDatabases';

describe.each(testDatabaseKinds())('no cross-organisation id leaks on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started));

  const create = (id: string, name: string) =>
    api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: { ...definition(name), id },
    });
  const shape = (response: { status: number; body: unknown }) => ({
    status: response.status,
    keys: Object.keys(response.body as object).sort(),
  });

  it("item 12: creating a project with another organisation's id answers as for an unknown id", async () => {
    const unknown = await create(uuidv7(), 'with a fresh id');
    const foreign = await create(f.projectQ, 'with Q’s id');
    expect(unknown.status).toBe(201);
    expect(shape(foreign)).toEqual(shape(unknown));
    expect(foreign.text).not.toMatch(/exist/i);
    // It is our own new project, under an id of the server's; Q is untouched and still Q's.
    const created = foreign.body as { id: string; organisationId: string; name: string };
    expect(created.id).not.toBe(f.projectQ);
    expect(created.name).toBe('with Q’s id');
    expect(created.organisationId).toBe(
      (unknown.body as { organisationId: string }).organisationId,
    );
    const q = await api(platform, 'GET', `/projects/${f.projectQ}`, {
      token: f.tokens.otherTenantAdmin,
    });
    expect(q.body).toMatchObject({ id: f.projectQ, name: 'Project Q' });
    expect(
      (await api(platform, 'GET', `/projects/${f.projectQ}`, { token: f.tokens.requester })).status,
    ).toBe(404);
    // Our own organisation's id is ours to know: that clash is still a conflict.
    expect((await create(f.projectP, 'again')).status).toBe(409);
  });

  it("item 12: another organisation's reviewer cannot be made a member, answered as for an unknown account", async () => {
    const reviewerB = await platform.services.accounts.create({
      email: `reviewer-b-${uuidv7().slice(-6)}@test.example`,
      displayName: 'Reviewer B',
      password: 'reviewer-b-password',
      role: 'reviewer',
      organisationId: (await platform.services.accounts.byId(f.ids.otherTenantAdmin))!
        .organisation_id,
    });
    const add = (accountId: string) =>
      api(platform, 'PUT', `/projects/${f.projectP}/members/${accountId}`, {
        token: f.tokens.requester,
        body: { role: 'reviewer' },
      });
    const unknown = await add(uuidv7());
    const foreign = await add(reviewerB.id);
    expect(unknown.status).toBe(400);
    expect({ status: foreign.status, body: foreign.body }).toEqual({
      status: unknown.status,
      body: unknown.body,
    });
    const members = await api(platform, 'GET', `/projects/${f.projectP}/members`, {
      token: f.tokens.requester,
    });
    expect((members.body as { accountId: string }[]).map((m) => m.accountId)).not.toContain(
      reviewerB.id,
    );
    // The organisation's own reviewer can be added; an expert joins only by accepting an offer.
    expect((await add(f.ids.reviewer)).status).toBe(200);
    const expert = await api(
      platform,
      'PUT',
      `/projects/${f.projectP}/members/${f.ids.otherExpert}`,
      {
        token: f.tokens.requester,
        body: { role: 'expert' },
      },
    );
    expect(expert).toMatchObject({ status: 409, body: { error: 'expertsJoinByAccepting' } });
  });
});
