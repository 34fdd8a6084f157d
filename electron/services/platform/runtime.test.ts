import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormBrowser } from '../../../testing/formBrowser';
import { newId, type AnnotationId } from '../../../shared/model/ids';
import { createConnectionStatus } from '../connectionStatus';
import { startEmbeddedPlatform, type EmbeddedPlatform } from '../embedded/embeddedPlatform';
import { createSettingsStore } from '../settingsStore';
import { createTokenVault } from '../tokenVault';
import { createPlatformRuntime, type PlatformRuntime } from './runtime';

const root = resolve(__dirname, '../../..');
const DEMO = { email: 'expert@demo.glossator.test', password: 'demo-expert-password' };

/** The system browser: the platform's real login page, then its consent page, then our redirect. */
async function signInAsDemoExpert(url: string): Promise<void> {
  const browser = new FormBrowser((next) => next.pathname === '/callback');
  let step = await browser.go(url);
  for (let i = 0; i < 4 && !(step instanceof URL); i++) {
    step = await browser.submit(step, /name="email"/.test(step.body) ? { ...DEMO } : {});
  }
  if (!(step instanceof URL))
    throw new Error(`sign-in stopped at ${step.url}: ${step.body.slice(0, 200)}`);
  await fetch(step);
}

describe('the platform runtime against the embedded platform (a real child process)', () => {
  let platform: EmbeddedPlatform;
  let runtime: PlatformRuntime;
  const pokes: string[] = [];
  const connection = createConnectionStatus();

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'glossator-runtime-'));
    platform = await startEmbeddedPlatform({
      root,
      dataDir: join(dataDir, 'platform'),
      nodePath: process.execPath,
      onOutput: () => undefined,
    });
    runtime = createPlatformRuntime({
      settings: createSettingsStore(dataDir),
      defaultUrl: () => platform.url,
      vault: createTokenVault(join(dataDir, 'refresh-token'), undefined),
      openExternal: signInAsDemoExpert,
      connection,
      appVersion: '0.1.0',
      onPoke: (projectId) => pokes.push(projectId),
      onAuthChanged: () => undefined,
    });
  }, 90_000);
  afterAll(async () => {
    runtime?.stop();
    await platform?.stop();
  });

  it('refuses calls before sign-in, without reaching the network', async () => {
    expect(await runtime.client.call('me.get', {}, undefined)).toEqual({
      ok: false,
      failure: 'signedOut',
    });
    expect(await runtime.status()).toMatchObject({
      state: 'signedOut',
      persistence: 'memory',
      persistenceReason: 'webHost',
    });
  });

  it('signs in through the real login and consent pages and calls the API with the token kept in main', async () => {
    await runtime.auth.signIn();
    expect(await runtime.status()).toMatchObject({
      state: 'signedIn',
      user: { email: DEMO.email },
      platformUrl: platform.url,
    });
    const me = await runtime.client.call('me.get', {}, undefined);
    expect(me).toMatchObject({ ok: true, data: { email: DEMO.email, role: 'expert' } });
    expect(JSON.stringify(me)).not.toMatch(/token/i);
    // Offered work is not membership: the expert sees a project once she accepts its task.
    const before = await runtime.client.call('projects.list', {}, undefined);
    expect(before.ok && (before.data as unknown[]).length).toBe(0);
    const mine = await runtime.client.call('me.assignments', {}, undefined);
    const offer = (mine.ok ? (mine.data as { id: string; projectId: string }[]) : [])[0]!;
    const accepted = await runtime.client.call(
      'assignments.transition',
      { projectId: offer.projectId, assignmentId: offer.id },
      { status: 'accepted' },
    );
    expect(accepted).toMatchObject({ ok: true, data: { status: 'accepted' } });
    const projects = await runtime.client.call('projects.list', {}, undefined);
    expect(projects.ok && (projects.data as { id: string }[]).map((p) => p.id)).toEqual([
      offer.projectId,
    ]);
    expect(connection.get().state).toBe('online');
  });

  it('refuses unknown operations and invalid parameters before sending anything', async () => {
    expect(await runtime.client.call('admin.dropEverything', {}, undefined)).toMatchObject({
      ok: false,
      code: 'unknownOperation',
    });
    expect(
      await runtime.client.call('projects.get', { projectId: '../../admin' }, undefined),
    ).toMatchObject({ ok: false, code: 'badRequest' });
    expect(await runtime.client.call('me.get', { extra: 1 }, undefined)).toMatchObject({
      ok: false,
      code: 'badRequest',
    });
  });

  it('passes the platform’s refusals on, and gets a poke when a project changes', async () => {
    const projects = await runtime.client.call('projects.list', {}, undefined);
    const project = (projects.ok ? (projects.data as { id: string }[]) : [])[0]!;
    const missing = await runtime.client.call(
      'projects.get',
      { projectId: newId<AnnotationId>() },
      undefined,
    );
    expect(missing).toMatchObject({
      ok: false,
      failure: 'rejected',
      status: 404,
      code: 'notFound',
    });

    const documents = await runtime.client.call(
      'documents.list',
      { projectId: project.id },
      undefined,
    );
    const document = (documents.ok ? (documents.data as { id: string }[]) : [])[0]!;
    await expect.poll(() => connection.get().state).toBe('online');
    const now = new Date().toISOString();
    const pushed = await runtime.client.call(
      'sync.push',
      {},
      {
        clientId: newId<AnnotationId>(),
        mutations: [
          {
            id: 1,
            kind: 'annotation.put',
            annotation: {
              id: newId<AnnotationId>(),
              projectId: project.id,
              documentId: document.id,
              target: { kind: 'document' },
              body: { labels: [] },
              createdAt: now,
              updatedAt: now,
            },
          },
        ],
      },
    );
    expect(pushed).toMatchObject({ ok: true, data: { lastMutationId: 1 } });
    await expect.poll(() => pokes, { timeout: 10_000 }).toContain(project.id);
  });

  it('downloads a document’s original bytes through a binary operation', async () => {
    const projects = await runtime.client.call('projects.list', {}, undefined);
    for (const project of projects.ok ? (projects.data as { id: string }[]) : []) {
      const listed = await runtime.client.call(
        'documents.list',
        { projectId: project.id },
        undefined,
      );
      const [document] = listed.ok
        ? (listed.data as { id: string; size: number; sha256: string }[])
        : [];
      if (!document) continue;
      const file = await runtime.client.call(
        'documents.file',
        { projectId: project.id, documentId: document.id },
        undefined,
      );
      expect(file.ok && file.data instanceof Uint8Array).toBe(true);
      const bytes = (file as { data: Uint8Array }).data;
      expect(bytes.byteLength).toBe(document.size);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
    }
  });

  it('signs out by revoking, after which calls are refused', async () => {
    await runtime.auth.signOut();
    expect(await runtime.client.call('me.get', {}, undefined)).toEqual({
      ok: false,
      failure: 'signedOut',
    });
    expect(connection.get().state).toBe('local');
  });
});
