import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Platform } from '../../platform';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { DEFAULT_SAMPLES_DIR, DEMO_ACCOUNTS, type SeedReport } from './seed';
import { cuadLabels, parseCsv } from './seedProjects';
import { FINANCE_PAYLOAD } from '../../../../shared/compare/financeDemo';
import type { Catalogue } from '../../../../shared/platform/ops/vettingSchemas';
import type { MyQueue } from '../../../../shared/work/wire';

describe('CUAD categories', () => {
  it('reads all 41 categories with descriptions', () => {
    const labels = cuadLabels(
      readFileSync(join(DEFAULT_SAMPLES_DIR, 'law/cuad_category_descriptions.csv'), 'utf8'),
    );
    expect(labels).toHaveLength(41);
    expect(new Set(labels.map((l) => l.id)).size).toBe(41);
    expect(labels[0]).toMatchObject({ id: 'document-name', name: 'Document Name' });
    expect(labels.find((l) => l.name === 'Cap on Liability')?.description).toBeTruthy();
  });
  it('parses quoted CSV fields', () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
  });
});

describe.each(testDatabaseKinds())('first start seeds the demo on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let report: SeedReport | undefined;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db, { seed: true, onSeeded: (r) => (report = r) });
  }, 120_000);
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  it('creates one account per role, four projects with documents and tasks, and offers the expert what she qualifies for', async () => {
    expect(report?.accounts.map((a) => a.role)).toEqual([
      'expert',
      'reviewer',
      'requester',
      'admin',
    ]);
    const { mintAccessToken } = await import('../../testing/harness');
    const requesterId = await platform.services.accounts.checkPassword(
      DEMO_ACCOUNTS[2].email,
      DEMO_ACCOUNTS[2].password,
    );
    const asRequester = await mintAccessToken(platform, requesterId!);
    const projects = (await api(platform, 'GET', '/projects', { token: asRequester })).body as {
      id: string;
      name: string;
      domain: string;
      status: string;
      taskType: string;
      labelSchema: { labels: unknown[] };
    }[];
    const open = projects.filter((p) => p.status === 'open');
    expect(open.map((p) => p.domain).sort()).toEqual(['finance', 'finance', 'law', 'medicine']);
    expect(open.find((p) => p.domain === 'law')?.labelSchema.labels).toHaveLength(41);
    const law = open.find((p) => p.domain === 'law')!;
    const docs = (
      await api(platform, 'GET', `/projects/${law.id}/documents`, { token: asRequester })
    ).body as { kind: string; pageCount: number }[];
    expect(docs).toEqual([expect.objectContaining({ kind: 'pdf' })]);
    expect(docs[0]!.pageCount).toBeGreaterThan(0);

    // The demo expert: offered the legal and both 10-K tasks, not the clinical notes.
    const token = await danaToken();
    const assignments = (await api(platform, 'GET', '/me/assignments', { token })).body as {
      id: string;
      projectId: string;
      status: string;
    }[];
    expect(assignments.every((a) => a.status === 'offered')).toBe(true);
    const offeredIn = (name: string) =>
      assignments.filter((a) => a.projectId === projects.find((p) => p.name === name)!.id);
    expect(offeredIn('CUAD contract clause review')).toHaveLength(1);
    expect(offeredIn('10-K numeric facts and risk factors')).toHaveLength(1);
    expect(offeredIn('Answer review: 10-K analyst questions')).toHaveLength(1);
    expect(offeredIn('Clinical notes: problems, medications and dosages')).toHaveLength(0);
    expect(assignments).toHaveLength(3);

    // The answer review on the 10-K: once she accepts it, its prompt and three answers reach her.
    const review = open.find((p) => p.taskType === 'answerReview')!;
    const [offer] = offeredIn(review.name);
    const [task] = (
      await api(platform, 'GET', `/projects/${review.id}/tasks`, { token: asRequester })
    ).body as { id: string }[];
    const payloadPath = `/projects/${review.id}/tasks/${task!.id}/payload`;
    expect((await api(platform, 'GET', payloadPath, { token })).status).toBe(404);
    const accepted = await api(
      platform,
      'POST',
      `/projects/${review.id}/assignments/${offer!.id}/status`,
      { token, body: { status: 'accepted' } },
    );
    expect(accepted.status).toBe(200);
    expect(await api(platform, 'GET', payloadPath, { token })).toMatchObject({
      status: 200,
      body: { payload: FINANCE_PAYLOAD },
    });
  });

  it('item 6: every demo offer is one its expert qualifies for; the Work queue and Projects agree', async () => {
    const { mintAccessToken } = await import('../../testing/harness');
    const experts = DEMO_ACCOUNTS.filter((a) => a.role === 'expert');
    for (const account of experts) {
      const id = await platform.services.accounts.checkPassword(account.email, account.password);
      const token = await mintAccessToken(platform, id!);
      const catalogue = (await api(platform, 'GET', '/me/catalogue', { token })).body as Catalogue;
      const queue = (await api(platform, 'GET', '/me/queue', { token })).body as MyQueue;
      const qualified = new Set(catalogue.matches.map((m) => m.projectId));
      const notYet = catalogue.excluded.map((x) => x.projectId);
      expect(queue.items.length).toBeGreaterThan(0);
      for (const item of queue.items) expect(qualified).toContain(item.projectId);
      for (const projectId of notYet)
        expect(queue.items.map((i) => i.projectId)).not.toContain(projectId);
      expect(queue.projects.map((p) => p.id).sort()).toEqual(
        [...new Set(queue.items.map((i) => i.projectId))].sort(),
      );
    }
    // The demo expert of the README sees honestly both kinds: work she qualifies for, and a
    // project that is not yet for her, with the reasons.
    const dana = (await api(platform, 'GET', '/me/catalogue', { token: await danaToken() }))
      .body as Catalogue;
    expect(dana.matches.length).toBeGreaterThan(0);
    expect(dana.excluded.length).toBeGreaterThan(0);
    expect(dana.excluded.every((x) => x.reasons.length > 0)).toBe(true);
  });

  async function danaToken(): Promise<string> {
    const { mintAccessToken } = await import('../../testing/harness');
    const id = await platform.services.accounts.checkPassword(
      DEMO_ACCOUNTS[0].email,
      DEMO_ACCOUNTS[0].password,
    );
    return mintAccessToken(platform, id!);
  }

  it('does not seed twice', async () => {
    const { seedIfEmpty } = await import('./seed');
    expect(await seedIfEmpty(platform.services)).toBeUndefined();
  });
});
