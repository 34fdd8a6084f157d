import { describe, expect, it } from 'vitest';
import { asCurrency } from '../../../../shared/pay/money';
import { statementToCsv } from '../../../../shared/pay/statementCsv';
import type { Earnings } from '../../../../shared/pay/wire';
import type { MyQueue, ReviewResult, SubmitResult } from '../../../../shared/work/wire';
import { DEFAULT_WORK_SETTINGS } from '../../../../shared/work/settings';
import type { Platform } from '../../platform';
import { type Fixture } from '../../testing/fixture';
import { api } from '../../testing/harness';
import { useFixturePlatform } from '../../testing/fixturePlatform';
import { testDatabaseKinds } from '../../testing/testDatabases';
import { accepted, spanOnP } from '../../testing/workFixture';

describe.each(testDatabaseKinds())('the work loop on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started), {
    services: { work: { holdMs: 0 } },
  });
  const P = () => `/projects/${f.projectP}`;

  it('submits, returns with reasons, resubmits, approves and credits the ledger once', async () => {
    const settings = await api(platform, 'PUT', `${P()}/work-settings`, {
      token: f.tokens.requester,
      body: { ...DEFAULT_WORK_SETTINGS, requiredLabels: ['cap'], minAnnotations: 1 },
    });
    expect(settings).toMatchObject({ status: 200, body: { requiredLabels: ['cap'] } });
    expect(
      (
        await api(platform, 'PUT', `${P()}/work-settings`, {
          token: f.tokens.requester,
          body: { ...DEFAULT_WORK_SETTINGS, requiredLabels: ['nope'] },
        })
      ).status,
    ).toBe(400);

    const { assignmentId } = await accepted(platform, f);
    const submit = (annotations: unknown[]) =>
      api(platform, 'POST', `${P()}/assignments/${assignmentId}/submit`, {
        token: f.tokens.owner,
        body: { annotations },
      });
    const indemnity = spanOnP(f, 36, 45);
    const incomplete = await submit([indemnity]);
    expect(incomplete.status).toBe(422);
    expect(incomplete.text).toContain('at least one “Cap on liability” is required');
    expect((await submit([{ ...indemnity, documentId: f.documentQ }])).status).toBe(400);

    const cap = spanOnP(f, 4, 12, 'cap');
    const first = await submit([indemnity, cap]);
    expect(first).toMatchObject({ status: 200, body: { status: 'submitted', round: 1 } });
    const firstId = (first.body as SubmitResult).submissionId;
    // Submitted work is locked: submitting again is refused until a reviewer returns it.
    expect((await submit([indemnity, cap])).status).toBe(409);

    const queue = await api(platform, 'GET', `${P()}/review-queue`, { token: f.tokens.reviewer });
    expect(queue.body).toEqual([
      expect.objectContaining({
        assignmentId,
        submissionId: firstId,
        annotationCount: 2,
        gold: false,
      }),
    ]);
    const review = (body: unknown) =>
      api(platform, 'POST', `${P()}/assignments/${assignmentId}/review`, {
        token: f.tokens.reviewer,
        body,
      });
    const reasonless = await review({
      submissionId: firstId,
      decisions: [
        { annotationId: indemnity.id, verdict: 'accept' },
        { annotationId: cap.id, verdict: 'reject' },
      ],
    });
    expect(reasonless.status).toBe(400);
    expect(reasonless.text).toContain('needs a reason');
    const returned = await review({
      submissionId: firstId,
      decisions: [
        { annotationId: indemnity.id, verdict: 'accept' },
        { annotationId: cap.id, verdict: 'reject', reason: '“Licensee” is a party, not a cap' },
      ],
    });
    expect(returned).toMatchObject({
      status: 200,
      body: {
        status: 'returned',
        outcome: 'return',
        notice: {
          items: [
            { annotationId: cap.id, verdict: 'reject', reason: '“Licensee” is a party, not a cap' },
          ],
        },
      },
    });
    expect((returned.body as ReviewResult).earning).toBeUndefined();

    // The expert sees exactly which annotation and why, in the queue and on the task.
    const mine = (await api(platform, 'GET', '/me/queue', { token: f.tokens.owner }))
      .body as MyQueue;
    expect(mine.items.find((i) => i.assignmentId === assignmentId)).toMatchObject({
      status: 'returned',
      round: 1,
      returnNotice: {
        items: [{ annotationId: cap.id, reason: '“Licensee” is a party, not a cap' }],
      },
    });
    expect(
      await api(platform, 'GET', `${P()}/assignments/${assignmentId}/review`, {
        token: f.tokens.owner,
      }),
    ).toMatchObject({ status: 200, body: { outcome: 'return', reviewerName: 'reviewer' } });

    const fixed = { ...cap, target: spanOnP(f, 46, 70, 'cap').target };
    const second = await submit([indemnity, fixed]);
    expect(second).toMatchObject({ status: 200, body: { status: 'resubmitted', round: 2 } });
    const secondId = (second.body as SubmitResult).submissionId;
    expect((await review({ submissionId: firstId, decisions: [] })).status).toBe(409);
    const submission = await api(platform, 'GET', `${P()}/assignments/${assignmentId}/submission`, {
      token: f.tokens.reviewer,
    });
    expect(submission).toMatchObject({
      status: 200,
      body: { round: 2, previousNotice: { items: [{ annotationId: cap.id }] } },
    });
    const approve = {
      submissionId: secondId,
      decisions: [
        { annotationId: indemnity.id, verdict: 'accept' },
        { annotationId: cap.id, verdict: 'accept' },
      ],
    };
    const approved = await review(approve);
    expect(approved).toMatchObject({
      status: 200,
      body: {
        status: 'approved',
        outcome: 'approve',
        earning: { amountMinor: 1000, currency: 'EUR' },
      },
    });
    // Never twice: the assignment is approved, and the ledger refuses a second accrual anyway.
    expect((await review(approve)).status).toBe(409);
    const accruals = await platform.services.db.kysely
      .selectFrom('ledger_transactions' as never)
      .select(['kind' as never])
      .where('assignment_id' as never, '=', assignmentId as never)
      .execute();
    expect(accruals).toEqual([{ kind: 'accrual' }]);

    const earnings = await api(platform, 'GET', '/me/earnings', { token: f.tokens.owner });
    expect(earnings.status).toBe(200);
    const e = earnings.body as Earnings;
    // Hold period 0 in this test: the approval is released to available at once.
    expect(e.balances).toEqual([
      { organisationId: f.orgA, currency: 'EUR', pendingMinor: 0, availableMinor: 1000 },
    ]);
    expect(e.organisations).toEqual([{ id: f.orgA, name: 'Org A' }]);
    const statement = e.statements[0]!;
    const accrual = statement.lines.find((l) => l.kind === 'accrual')!;
    expect(accrual).toMatchObject({
      assignmentId,
      reviewId: (approved.body as ReviewResult).reviewId,
      projectId: f.projectP,
      amountMinor: 1000,
      detail: 'per task 10.00 EUR',
    });
    expect(e.tasks.find((t) => t.id === accrual.taskId)?.title).toMatch(/^work /);
    expect(e.projects).toEqual([{ id: f.projectP, name: 'Project P (secret name)' }]);
    const csv = statementToCsv({ ...statement, currency: asCurrency(statement.currency) });
    expect(csv).toContain(`accrual,pending,10.00,EUR`);
    expect((await platform.services.work.ledger.verify()).ok).toBe(true);
  });

  it('skips with a reason and declines offers; the queue groups and shows due dates', async () => {
    const { assignmentId } = await accepted(platform, f);
    const move = (status: string, reason?: string) =>
      api(platform, 'POST', `${P()}/assignments/${assignmentId}/status`, {
        token: f.tokens.owner,
        body: { status, ...(reason ? { reason } : {}) },
      });
    expect((await move('skipped')).status).toBe(400);
    expect(await move('skipped', 'I advised one of the parties')).toMatchObject({
      status: 200,
      body: { status: 'skipped' },
    });
    const due = '2030-01-31T12:00:00.000Z';
    const requester = await api(platform, 'POST', `${P()}/tasks`, {
      token: f.tokens.requester,
      body: { documentId: f.documentP, title: 'due soon' },
    });
    const offered = await api(platform, 'POST', `${P()}/assignments`, {
      token: f.tokens.requester,
      body: { taskId: (requester.body as { id: string }).id, expertId: f.ids.owner, dueAt: due },
    });
    expect(offered).toMatchObject({ status: 201, body: { dueAt: due, round: 0 } });
    const queue = (await api(platform, 'GET', '/me/queue', { token: f.tokens.owner }))
      .body as MyQueue;
    expect(queue.projects.map((p) => p.name)).toEqual(['Project P (secret name)']);
    expect(queue.items.find((i) => i.title === 'due soon')).toMatchObject({
      status: 'offered',
      dueAt: due,
    });
    expect(queue.items.find((i) => i.assignmentId === assignmentId)).toMatchObject({
      status: 'skipped',
      reason: 'I advised one of the parties',
    });
    const download = await api(platform, 'GET', `${P()}/documents/${f.documentP}/download`, {
      token: f.tokens.owner,
    });
    expect(download).toMatchObject({ status: 200, body: { id: f.documentP, kind: 'text' } });
    expect(
      Buffer.from((download.body as { bytesBase64: string }).bytesBase64, 'base64').toString(),
    ).toContain('indemnify');
  });
});
