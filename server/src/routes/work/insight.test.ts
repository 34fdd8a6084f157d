import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import { DEFAULT_WORK_SETTINGS } from '../../../../shared/work/settings';
import type { MyQueue, SubmitResult } from '../../../../shared/work/wire';
import type { Agreement, GoldSummary, MyTime } from '../../../../shared/work/wireInsight';
import { toPrincipal } from '../../services/accounts/accounts';
import type { Platform } from '../../platform';
import { definition, type Fixture } from '../../testing/fixture';
import { api } from '../../testing/harness';
import { useFixturePlatform } from '../../testing/fixturePlatform';
import { testDatabaseKinds } from '../../testing/testDatabases';
import { spanOnP } from '../../testing/workFixture';

const TEXTS = [
  'Acme Corp shall pay Beta LLC a fee of $5,000 within 30 days of the invoice date.',
  'Liability of either party is capped at the fees paid in the twelve months before the claim.',
  'Beta LLC shall indemnify Acme Corp against third-party claims arising from its negligence.',
];

describe.each(testDatabaseKinds())('agreement, gold and time on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started), {
    services: { work: { holdMs: 0 } },
  });

  async function principal(id: string) {
    return toPrincipal((await platform.services.accounts.byId(id))!);
  }

  /** Offers a task on `documentId` to the expert, accepts and submits `annotations`. */
  async function work(
    projectId: string,
    documentId: string,
    expertId: string,
    annotations: AnnotationWire[],
  ) {
    const requester = await principal(f.ids.requester);
    const task = await platform.services.tasks.createTask(requester, projectId, {
      documentId,
      title: 'two annotators',
    });
    const a = await platform.services.tasks.offer(requester, projectId, {
      taskId: task.id,
      expertId,
    });
    const expert = await principal(expertId);
    await platform.services.tasks.transition(expert, projectId, a.id, 'accepted', undefined);
    return platform.services.work.submit.submit(expert, projectId, a.id, annotations);
  }

  function ann(
    projectId: string,
    documentId: string,
    text: string,
    label: string,
    exact?: string,
  ): AnnotationWire {
    const now = new Date().toISOString();
    const start = exact ? text.indexOf(exact) : 0;
    return {
      id: uuidv7(),
      projectId,
      documentId,
      target: exact
        ? {
            kind: 'span',
            position: { start, end: start + exact.length },
            quote: { exact, prefix: '', suffix: '' },
          }
        : { kind: 'document' },
      body: { labels: [label] },
      createdAt: now,
      updatedAt: now,
    };
  }

  it('computes the pairwise table for a two-annotator project', async () => {
    const requester = await principal(f.ids.requester);
    const project = await platform.services.projects.create(
      requester,
      definition('Two annotators', {
        labelSchema: {
          labels: [
            { id: 'party', name: 'Party' },
            { id: 'amount', name: 'Amount' },
            { id: 'payment', name: 'Payment clause' },
            { id: 'liability', name: 'Liability clause' },
            { id: 'indemnity', name: 'Indemnity clause' },
          ],
        },
      }),
    );
    const docs = [];
    for (const [i, text] of TEXTS.entries())
      docs.push(
        await platform.services.documents.upload(requester, project.id, {
          name: `clause-${i + 1}.txt`,
          bytes: new TextEncoder().encode(text),
        }),
      );
    const [d1, d2, d3] = docs.map((d) => d.id as string) as [string, string, string];
    const [t1, t2, t3] = TEXTS as [string, string, string];
    const p = project.id;
    // Owner and otherExpert label the same three clauses.
    await work(p, d1, f.ids.owner, [
      ann(p, d1, t1, 'party', 'Acme Corp'),
      ann(p, d1, t1, 'party', 'Beta LLC'),
      ann(p, d1, t1, 'amount', '$5,000'),
      ann(p, d1, t1, 'payment'),
    ]);
    await work(p, d1, f.ids.otherExpert, [
      ann(p, d1, t1, 'party', 'Acme Corp'),
      ann(p, d1, t1, 'party', 'Beta'),
      ann(p, d1, t1, 'amount', 'a fee of $5,000'),
      ann(p, d1, t1, 'payment'),
    ]);
    await work(p, d2, f.ids.owner, [ann(p, d2, t2, 'liability')]);
    await work(p, d2, f.ids.otherExpert, [ann(p, d2, t2, 'indemnity')]);
    await work(p, d3, f.ids.owner, [
      ann(p, d3, t3, 'party', 'Beta LLC'),
      ann(p, d3, t3, 'indemnity'),
    ]);
    await work(p, d3, f.ids.otherExpert, [
      ann(p, d3, t3, 'party', 'Beta LLC'),
      ann(p, d3, t3, 'party', 'Acme Corp'),
      ann(p, d3, t3, 'indemnity'),
    ]);
    expect(
      (await api(platform, 'GET', `/projects/${p}/agreement`, { token: f.tokens.owner })).status,
    ).toBe(403);
    const response = await api(platform, 'GET', `/projects/${p}/agreement`, {
      token: f.tokens.reviewer,
    });
    expect(response.status).toBe(200);
    const table = response.body as Agreement;
    console.log(`agreement table (${kind.dialect}):\n${table.text}`);
    expect(table.annotators.map((a) => a.name)).toEqual(['owner', 'otherExpert']);
    expect(table.documents).toBe(3);
    // Spans: owner 4, other 5. d1: Acme Corp exact; Beta LLC ~ Beta and $5,000 ~ a fee of $5,000
    // overlap only; d3: Beta LLC exact, Acme Corp only the other's. Exact tp 2, overlap tp 4.
    const pair = table.pairs[0]!;
    expect(pair.sharedDocuments).toBe(3);
    expect(pair.f1Exact).toBeCloseTo((2 * 2) / (4 + 5), 10); // tp 2, owner 4 spans, other 5
    expect(pair.f1Overlap).toBeCloseTo((2 * 4) / (4 + 5), 10);
    // Classes: payment/payment, liability/indemnity, indemnity/indemnity → p_o = 2/3,
    // p_e = (1·1 + 1·0 + 1·2)/9 = 1/3, κ = (2/3 − 1/3)/(1 − 1/3) = 0.5.
    expect(pair.kappa).toBeCloseTo(0.5, 10);
    expect(table.alpha).not.toBeNull();
    expect(table.text).toContain('owner × otherExpert');

    const side = await api(platform, 'GET', `/projects/${p}/documents/${d1}/submissions`, {
      token: f.tokens.reviewer,
    });
    expect((side.body as { submissions: unknown[] }).submissions).toHaveLength(2);
  });

  it('mixes gold into the queue at the configured rate and scores it for the expert', async () => {
    const requester = await principal(f.ids.requester);
    const P = f.projectP;
    await api(platform, 'PUT', `/projects/${P}/work-settings`, {
      token: f.tokens.requester,
      body: { ...DEFAULT_WORK_SETTINGS, goldRate: 0.5 },
    });
    const goldTask = await platform.services.tasks.createTask(requester, P, {
      documentId: f.documentP,
      title: 'gold?',
    });
    const key = [spanOnP(f, 4, 12)];
    expect(
      await api(platform, 'PUT', `/projects/${P}/gold/${goldTask.id}`, {
        token: f.tokens.requester,
        body: { annotations: key },
      }),
    ).toMatchObject({ status: 200, body: { annotationCount: 1 } });
    const queue = (await api(platform, 'GET', '/me/queue', { token: f.tokens.owner }))
      .body as MyQueue;
    const gold = queue.items.find((i) => i.taskId === goldTask.id);
    expect(gold).toMatchObject({ status: 'offered', title: 'gold?' });
    expect(Object.keys(gold!)).not.toContain('gold');
    await api(platform, 'POST', `/projects/${P}/assignments/${gold!.assignmentId}/status`, {
      token: f.tokens.owner,
      body: { status: 'accepted' },
    });
    const submitted = await api(
      platform,
      'POST',
      `/projects/${P}/assignments/${gold!.assignmentId}/submit`,
      {
        token: f.tokens.owner,
        body: { annotations: [spanOnP(f, 4, 12)] },
      },
    );
    expect((submitted.body as SubmitResult).gold).toEqual({ passed: true, spanF1: 1 });
    const mine = (await api(platform, 'GET', '/me/gold', { token: f.tokens.owner }))
      .body as GoldSummary[];
    expect(mine).toEqual([
      expect.objectContaining({ projectId: P, answered: 1, passed: 1, meanSpanF1: 1 }),
    ]);
    const all = await api(platform, 'GET', `/projects/${P}/gold-scores`, {
      token: f.tokens.reviewer,
    });
    expect((all.body as GoldSummary[]).map((g) => g.expertName)).toEqual(['owner']);
    await api(platform, 'PUT', `/projects/${P}/work-settings`, {
      token: f.tokens.requester,
      body: DEFAULT_WORK_SETTINGS,
    });
  });

  it('reconciles claimed time on the server and pays hourly work from it', async () => {
    const requester = await principal(f.ids.requester);
    const project = await platform.services.projects.create(
      requester,
      definition('Hourly', { pay: { kind: 'perHour', rateMinor: 6_000, currency: 'EUR' } }),
    );
    const doc = await platform.services.documents.upload(requester, project.id, {
      name: 'h.txt',
      bytes: new TextEncoder().encode('an hourly document'),
    });
    const task = await platform.services.tasks.createTask(requester, project.id, {
      documentId: doc.id,
      title: 'hourly',
    });
    const other = await platform.services.tasks.createTask(requester, project.id, {
      documentId: doc.id,
      title: 'other',
    });
    const a = await platform.services.tasks.offer(requester, project.id, {
      taskId: task.id,
      expertId: f.ids.owner,
    });
    const b = await platform.services.tasks.offer(requester, project.id, {
      taskId: other.id,
      expertId: f.ids.owner,
    });
    const owner = await principal(f.ids.owner);
    for (const id of [a.id, b.id])
      await platform.services.tasks.transition(owner, project.id, id, 'accepted', undefined);
    const now = Date.now();
    const min = 60_000;
    // Accepted an hour ago (set directly: the test cannot wait an hour).
    await platform.services.db.kysely
      .updateTable('assignments')
      .set({ accepted_at: new Date(now - 60 * min).toISOString() })
      .where('project_id', '=', project.id)
      .execute();
    const skew = 10 * min; // this client's clock runs 10 minutes slow
    const batch = (intervals: { assignmentId: string; start: number; end: number }[]) => ({
      batchId: uuidv7(),
      clientSentAt: now - skew,
      intervals: intervals.map((i) => ({
        id: uuidv7(),
        ...i,
        start: i.start - skew,
        end: i.end - skew,
      })),
    });
    const first = batch([{ assignmentId: a.id, start: now - 50 * min, end: now - 30 * min }]);
    const post = (body: unknown) =>
      api(platform, 'POST', '/me/time', { token: f.tokens.owner, body });
    expect(await post(first)).toMatchObject({
      status: 200,
      body: { replayed: false, intervals: 1 },
    });
    expect(await post(first)).toMatchObject({ status: 200, body: { replayed: true } });
    await post(
      batch([
        { assignmentId: a.id, start: now - 40 * min, end: now - 20 * min }, // overlaps itself: merged
        { assignmentId: b.id, start: now - 25 * min, end: now - 15 * min }, // overlaps task a: trimmed
        { assignmentId: a.id, start: now - 90 * min, end: now - 55 * min }, // half before acceptance
      ]),
    );
    const time = (await api(platform, 'GET', '/me/time', { token: f.tokens.owner })).body as MyTime;
    const forA = time.assignments.find((x) => x.assignmentId === a.id)!;
    const forB = time.assignments.find((x) => x.assignmentId === b.id)!;
    expect(Math.round(forA.activeMs / 1000)).toBe(35 * 60); // [−60, −55] and [−50, −20]
    expect(Math.round(forB.activeMs / 1000)).toBe(5 * 60);
    expect(time.trims.map((t) => t.reason).sort()).toEqual([
      'before-task-start',
      'duplicate',
      'overlap',
    ]);
    expect(time.skewedBatches).toBe(2);

    const submitted = await platform.services.work.submit.submit(owner, project.id, a.id, []);
    const reviewer = await principal(f.ids.reviewer);
    const approved = await platform.services.work.review.decide(reviewer, project.id, a.id, {
      submissionId: submitted.submissionId,
      decisions: [],
    });
    // 35 minutes × 60.00 EUR/h (give or take the milliseconds the requests took).
    expect(approved.earning?.amountMinor).toBeGreaterThanOrEqual(3_499);
    expect(approved.earning?.amountMinor).toBeLessThanOrEqual(3_501);
    // Paid time stays fixed: a late claim for the paid task changes nothing.
    await post(batch([{ assignmentId: a.id, start: now - 59 * min, end: now - 52 * min }]));
    const later = (await api(platform, 'GET', '/me/time', { token: f.tokens.owner }))
      .body as MyTime;
    expect(later.assignments.find((x) => x.assignmentId === a.id)?.activeMs).toBe(forA.activeMs);
  });
});
