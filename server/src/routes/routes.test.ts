import { describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { definition, SECRET_TEXT, type Fixture } from '../testing/fixture';
import { api } from '../testing/harness';
import { useFixturePlatform } from '../testing/fixturePlatform';
import { testDatabaseKinds } from '../testing/testDatabases';

describe.each(testDatabaseKinds())('routes on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started));

  it('GET /health and /openapi.json are public', async () => {
    expect(await api(platform, 'GET', '/health')).toMatchObject({
      status: 200,
      body: { status: 'ok' },
    });
    const spec = await api(platform, 'GET', '/openapi.json');
    expect(spec.status).toBe(200);
    const paths = Object.keys((spec.body as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/sync/push', '/sync/pull', '/projects/{projectId}/documents']),
    );
  });

  it('GET /me describes the caller', async () => {
    const me = await api(platform, 'GET', '/me', { token: f.tokens.owner });
    expect(me).toMatchObject({
      status: 200,
      body: { id: f.ids.owner, role: 'expert', organisationId: null },
    });
    expect(me.body).not.toHaveProperty('password_hash');
  });

  it('projects: create, list, get, patch, progress', async () => {
    const created = await api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: definition('New one'),
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({
      name: 'New one',
      status: 'open',
      pay: { kind: 'perTask', rateMinor: 1000, currency: 'EUR' },
    });
    const list = await api(platform, 'GET', '/projects', { token: f.tokens.admin });
    expect((list.body as { id: string }[]).map((p) => p.id)).toEqual(
      expect.arrayContaining([f.projectP, id]),
    );
    const expertList = await api(platform, 'GET', '/projects', { token: f.tokens.owner });
    expect((expertList.body as { id: string }[]).map((p) => p.id)).toEqual([f.projectP]);
    const patched = await api(platform, 'PATCH', `/projects/${id}`, {
      token: f.tokens.requester,
      body: { status: 'paused', pay: { kind: 'perHour', rateMinor: 5000, currency: 'USD' } },
    });
    expect(patched).toMatchObject({
      status: 200,
      body: { status: 'paused', pay: { kind: 'perHour' }, name: 'New one' },
    });
    expect(
      await api(platform, 'GET', `/projects/${id}`, { token: f.tokens.reviewer }),
    ).toMatchObject({ status: 200 });
    const progress = await api(platform, 'GET', `/projects/${f.projectP}/progress`, {
      token: f.tokens.requester,
    });
    expect(progress).toMatchObject({
      status: 200,
      body: { documents: 1, tasks: 1, assignments: { accepted: 1 } },
    });
  });

  it('projects: a client-chosen id makes create idempotent-safe', async () => {
    const id = '01900000-0000-7000-8000-000000000abc';
    expect(
      (
        await api(platform, 'POST', '/projects', {
          token: f.tokens.admin,
          body: { ...definition('X'), id },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api(platform, 'POST', '/projects', {
          token: f.tokens.admin,
          body: { ...definition('X'), id },
        })
      ).status,
    ).toBe(409);
  });

  it('members: list, add a reviewer, an expert only by accepting, remove', async () => {
    const members = await api(platform, 'GET', `/projects/${f.projectP}/members`, {
      token: f.tokens.requester,
    });
    expect(members.body).toEqual([
      expect.objectContaining({ accountId: f.ids.owner, role: 'expert' }),
    ]);
    // The rest on a project of its own, so P's tasks and assignments stay as the fixture made them.
    const requester = toPrincipal((await platform.services.accounts.byId(f.ids.requester))!);
    const m = (await platform.services.projects.create(requester, definition('Members'))).id;
    const document = await platform.services.documents.upload(requester, m, {
      name: 'm.txt',
      bytes: new TextEncoder().encode('Members text'),
    });
    const member = (id: string, role: string) =>
      api(platform, 'PUT', `/projects/${m}/members/${id}`, {
        token: f.tokens.requester,
        body: { role },
      });
    // Nobody makes an expert a member: they join by accepting an offer.
    expect(await member(f.ids.otherExpert, 'expert')).toMatchObject({
      status: 409,
      body: { error: 'expertsJoinByAccepting' },
    });
    expect(await member(f.ids.otherExpert, 'reviewer')).toMatchObject({ status: 400 });
    expect(await member(f.ids.reviewer, 'reviewer')).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    const projectAs = (token: string | undefined) =>
      api(platform, 'GET', `/projects/${m}`, { token });
    expect((await projectAs(f.tokens.otherExpert)).status).toBe(404);
    const task = await api(platform, 'POST', `/projects/${m}/tasks`, {
      token: f.tokens.requester,
      body: { documentId: document.id, title: 'For the other expert' },
    });
    const offer = await api(platform, 'POST', `/projects/${m}/assignments`, {
      token: f.tokens.requester,
      body: { taskId: (task.body as { id: string }).id, expertId: f.ids.otherExpert },
    });
    const accept = await api(
      platform,
      'POST',
      `/projects/${m}/assignments/${(offer.body as { id: string }).id}/status`,
      { token: f.tokens.otherExpert, body: { status: 'accepted' } },
    );
    expect(accept.status).toBe(200);
    expect((await projectAs(f.tokens.otherExpert)).status).toBe(200);
    for (const id of [f.ids.otherExpert, f.ids.reviewer])
      expect(
        (
          await api(platform, 'DELETE', `/projects/${m}/members/${id}`, {
            token: f.tokens.requester,
          })
        ).status,
      ).toBe(200);
    expect((await projectAs(f.tokens.otherExpert)).status).toBe(404);
  });

  it('documents: upload text, list, get, content, file; idempotent re-upload', async () => {
    const form = new FormData();
    const id = '01900000-0000-7000-8000-00000000d0c1';
    form.set('id', id);
    form.set('file', new Blob(['line one\r\nline two 😀\n']), 'notes.txt');
    const upload = await fetch(`${platform.url}/projects/${f.projectP}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.tokens.requester}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    const record = (await upload.json()) as Record<string, unknown>;
    expect(record).toMatchObject({
      id,
      kind: 'text',
      charCount: 'line one\r\nline two 😀\n'.length,
      name: 'notes.txt',
    });
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await fetch(`${platform.url}/projects/${f.projectP}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.tokens.requester}` },
      body: form,
    });
    expect(again.status).toBe(201);
    const list = await api(platform, 'GET', `/projects/${f.projectP}/documents`, {
      token: f.tokens.owner,
    });
    expect((list.body as unknown[]).length).toBe(2);
    expect(
      await api(platform, 'GET', `/projects/${f.projectP}/documents/${id}`, {
        token: f.tokens.owner,
      }),
    ).toMatchObject({
      status: 200,
      body: { id },
    });
    const content = await api(
      platform,
      'GET',
      `/projects/${f.projectP}/documents/${f.documentP}/content`,
      { token: f.tokens.owner },
    );
    expect(content).toMatchObject({ status: 200, body: { text: SECRET_TEXT } });
    const file = await fetch(`${platform.url}/projects/${f.projectP}/documents/${id}/file`, {
      headers: { authorization: `Bearer ${f.tokens.owner}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/plain');
    expect(await file.text()).toBe('line one\r\nline two 😀\n');
  });

  it('tasks and assignments: create, list, offer, walk the status machine', async () => {
    const task = await api(platform, 'POST', `/projects/${f.projectP}/tasks`, {
      token: f.tokens.requester,
      body: { documentId: f.documentP, title: 'Second pass' },
    });
    expect(task.status).toBe(201);
    const taskId = (task.body as { id: string }).id;
    expect(
      (
        (await api(platform, 'GET', `/projects/${f.projectP}/tasks`, { token: f.tokens.owner }))
          .body as unknown[]
      ).length,
    ).toBe(2);
    const offer = await api(platform, 'POST', `/projects/${f.projectP}/assignments`, {
      token: f.tokens.requester,
      body: { taskId, expertId: f.ids.owner },
    });
    expect(offer).toMatchObject({ status: 201, body: { status: 'offered' } });
    const a = (offer.body as { id: string }).id;
    const move = (token: string | undefined, status: string, reason?: string) =>
      api(platform, 'POST', `/projects/${f.projectP}/assignments/${a}/status`, {
        token,
        body: { status, ...(reason ? { reason } : {}) },
      });
    expect((await move(f.tokens.reviewer, 'accepted')).status).toBe(403);
    expect((await move(f.tokens.owner, 'accepted')).status).toBe(200);
    expect((await move(f.tokens.owner, 'approved')).status).toBe(409);
    expect((await move(f.tokens.owner, 'in_progress')).status).toBe(200);
    // Submitting carries the work, approving and returning the reviewer's decisions: the status
    // endpoint points to their own endpoints (one status model, shared/review/taskStatus.ts).
    expect((await move(f.tokens.owner, 'submitted')).status).toBe(409);
    expect((await move(f.tokens.owner, 'approved')).status).toBe(409);
    expect((await move(f.tokens.reviewer, 'rejected')).status).toBe(400);
    expect((await move(f.tokens.owner, 'skipped')).status).toBe(400);
    const skipped = await move(
      f.tokens.owner,
      'skipped',
      'Conflict of interest: I advised a party',
    );
    expect(skipped).toMatchObject({
      status: 200,
      body: { status: 'skipped', reason: 'Conflict of interest: I advised a party', round: 0 },
    });
    expect((await move(f.tokens.owner, 'in_progress')).status).toBe(409);
    const mine = await api(platform, 'GET', '/me/assignments', { token: f.tokens.owner });
    expect((mine.body as { id: string }[]).map((x) => x.id)).toContain(a);
    const all = await api(platform, 'GET', `/projects/${f.projectP}/assignments`, {
      token: f.tokens.reviewer,
    });
    expect((all.body as unknown[]).length).toBe(2);
  });

  it('unknown routes are a JSON 404', async () => {
    expect(await api(platform, 'GET', '/nope')).toMatchObject({
      status: 404,
      body: { error: 'notFound' },
    });
  });
});
