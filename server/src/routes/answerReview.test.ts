/** Answer-review tasks over HTTP: project rubric, task payload, who may read it, submit checks. */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FINANCE_ERROR_TYPES,
  FINANCE_EVIDENCE,
  FINANCE_PAYLOAD,
  FINANCE_RUBRIC,
} from '../../../shared/compare/financeDemo';
import { rankedAnswers } from '../../../shared/compare/ranking';
import { citationMarker } from '../../../shared/model/citations';
import type { AnnotationId } from '../../../shared/model/ids';
import type { Platform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { createFixture, definition, type Fixture } from '../testing/fixture';
import { api, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

const SOURCE = `Customers. ${FINANCE_EVIDENCE}, of the Company’s revenues.`;

describe.each(testDatabaseKinds())('answer review on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  let projectId: string;
  let documentId: string;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    f = await createFixture(platform);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  const reviewDefinition = (rubric = FINANCE_RUBRIC) =>
    definition('10-K answers', {
      domain: 'finance',
      taskType: 'answerReview',
      labelSchema: {
        labels: [{ id: 'evidence', name: 'Evidence' }],
        rubric,
        errorTypes: FINANCE_ERROR_TYPES,
      },
    });

  it('refuses a rubric without an anchor for every score', async () => {
    const broken = [{ ...FINANCE_RUBRIC[0]!, anchors: FINANCE_RUBRIC[0]!.anchors.slice(0, 4) }];
    const res = await api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: reviewDefinition(broken),
    });
    expect(res.status).toBe(400);
  });

  it('creates a project with a rubric and tasks that must carry a valid payload', async () => {
    const created = await api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: reviewDefinition(),
    });
    expect(created.status).toBe(201);
    projectId = (created.body as { id: string }).id;
    expect(created.body).toMatchObject({
      taskType: 'answerReview',
      labelSchema: { rubric: FINANCE_RUBRIC, errorTypes: FINANCE_ERROR_TYPES },
    });
    const requester = await platform.services.db.kysely
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', f.ids.requester)
      .executeTakeFirstOrThrow();
    const doc = await platform.services.documents.upload(toPrincipal(requester), projectId, {
      name: 'source.txt',
      bytes: new TextEncoder().encode(SOURCE),
    });
    documentId = doc.id;
    const post = (body: unknown) =>
      api(platform, 'POST', `/projects/${projectId}/tasks`, { token: f.tokens.requester, body });
    const noPayload = await post({ documentId, title: 'Q1' });
    expect(noPayload).toMatchObject({
      status: 400,
      body: { message: 'an answer-review task needs a prompt and answers' },
    });
    const oneAnswer = await post({
      documentId,
      title: 'Q1',
      payload: { ...FINANCE_PAYLOAD, answers: FINANCE_PAYLOAD.answers.slice(0, 1) },
    });
    expect(oneAnswer.status).toBe(400);
    const twice = await post({
      documentId,
      title: 'Q1',
      payload: {
        ...FINANCE_PAYLOAD,
        answers: [FINANCE_PAYLOAD.answers[0], FINANCE_PAYLOAD.answers[0]],
      },
    });
    expect(twice).toMatchObject({ status: 400, body: { message: 'answer "a" appears twice' } });
    const plain = await api(platform, 'POST', `/projects/${f.projectP}/tasks`, {
      token: f.tokens.requester,
      body: { documentId: f.documentP, title: 'x', payload: FINANCE_PAYLOAD },
    });
    expect(plain).toMatchObject({
      status: 400,
      body: { message: 'a spanLabelling task takes no payload' },
    });
  });

  it('shows the payload to staff and to the expert who accepted the task, nobody else', async () => {
    const task = await api(platform, 'POST', `/projects/${projectId}/tasks`, {
      token: f.tokens.requester,
      body: { documentId, title: 'Q1', payload: FINANCE_PAYLOAD },
    });
    expect(task.status).toBe(201);
    const taskId = (task.body as { id: string }).id;
    const path = `/projects/${projectId}/tasks/${taskId}/payload`;
    expect(await api(platform, 'GET', path, { token: f.tokens.requester })).toMatchObject({
      status: 200,
      body: { taskId, projectId, documentId, payload: FINANCE_PAYLOAD },
    });
    expect((await api(platform, 'GET', path, { token: f.tokens.owner })).status).toBe(404);
    const offer = await api(platform, 'POST', `/projects/${projectId}/assignments`, {
      token: f.tokens.requester,
      body: { taskId, expertId: f.ids.owner },
    });
    expect(offer.status).toBe(201);
    // An offer is not membership: the content is the expert's once they accept.
    expect((await api(platform, 'GET', path, { token: f.tokens.owner })).status).toBe(404);
    const assignmentId = (offer.body as { id: string }).id;
    for (const status of ['accepted', 'in_progress'])
      expect(
        (
          await api(platform, 'POST', `/projects/${projectId}/assignments/${assignmentId}/status`, {
            token: f.tokens.owner,
            body: { status },
          })
        ).status,
      ).toBe(200);
    expect(await api(platform, 'GET', path, { token: f.tokens.owner })).toMatchObject({
      status: 200,
      body: { payload: FINANCE_PAYLOAD },
    });
    expect((await api(platform, 'GET', path, { token: f.tokens.otherExpert })).status).toBe(404);
    expect(
      await api(platform, 'GET', `/projects/${f.projectP}/tasks/${f.taskP}/payload`, {
        token: f.tokens.requester,
      }),
    ).toMatchObject({ status: 404, body: { message: 'this task has no payload' } });

    // Submitting: an incomplete review is refused with the reasons; a complete one goes in.
    const now = new Date().toISOString();
    const evidenceId = uuidv7();
    const start = SOURCE.indexOf(FINANCE_EVIDENCE);
    const evidence = {
      id: evidenceId,
      projectId,
      documentId,
      target: {
        kind: 'span',
        position: { start, end: start + FINANCE_EVIDENCE.length },
        quote: { exact: FINANCE_EVIDENCE, prefix: '', suffix: '' },
      },
      body: { labels: ['evidence'] },
      createdAt: now,
      updatedAt: now,
    };
    const b = FINANCE_PAYLOAD.answers[1]!.text;
    const review = (scores: number) => ({
      id: uuidv7(),
      projectId,
      documentId,
      target: { kind: 'document' },
      body: {
        labels: [],
        ranking: {
          prompt: FINANCE_PAYLOAD.prompt,
          answers: rankedAnswers(['a', 'c', 'b'], FINANCE_PAYLOAD.answers),
        },
        review: {
          taskId,
          scores: FINANCE_PAYLOAD.answers
            .flatMap((a) =>
              FINANCE_RUBRIC.map((c) => ({ answerId: a.id, criterionId: c.id, score: 3 })),
            )
            .slice(0, scores),
          errors: [
            {
              id: 'm1',
              answerId: 'b',
              start: b.indexOf('McKesson'),
              end: b.indexOf('McKesson') + 8,
              quote: 'McKesson',
              errorType: 'wrong-period',
              comment: `see ${citationMarker(evidenceId as AnnotationId)}`,
            },
          ],
          rewrite: 'McKesson 18.0%, Cardinal 14.1%.',
        },
      },
      createdAt: now,
      updatedAt: now,
    });
    const submit = (annotations: unknown[]) =>
      api(platform, 'POST', `/projects/${projectId}/assignments/${assignmentId}/submit`, {
        token: f.tokens.owner,
        body: { annotations },
      });
    const incomplete = await submit([evidence, review(11)]);
    expect(incomplete.status).toBe(422);
    expect((incomplete.body as { message: string }).message).toContain(
      'answer "c" has no "citation" score',
    );
    const uncited = await submit([review(12)]);
    expect((uncited.body as { message: string }).message).toContain(
      'which is not a span of the source document',
    );
    const done = await submit([evidence, review(12)]);
    expect(done).toMatchObject({ status: 200, body: { status: 'submitted', round: 1 } });
  });
});
