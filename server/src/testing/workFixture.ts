/** Work in given states for route tests: offers, accepted and submitted assignments, reviews. */
import { uuidv7 } from 'uuidv7';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import { toPrincipal } from '../services/accounts/accounts';
import type { Platform } from '../platform';
import { SECRET_TEXT, type Fixture } from './fixture';

async function as(platform: Platform, id: string) {
  const row = await platform.services.accounts.byId(id);
  if (!row) throw new Error(`no account ${id}`);
  return toPrincipal(row);
}

/** A span annotation on project P's document, labelled `label`, at [start, end). */
export function spanOnP(
  f: Fixture,
  start: number,
  end: number,
  label = 'indemnity',
): AnnotationWire {
  const now = new Date().toISOString();
  return {
    id: uuidv7(),
    projectId: f.projectP,
    documentId: f.documentP,
    target: {
      kind: 'span',
      position: { start, end },
      quote: { exact: SECRET_TEXT.slice(start, end), prefix: '', suffix: '' },
    },
    body: { labels: [label] },
    createdAt: now,
    updatedAt: now,
  };
}

/** A new task on P's document offered to `expertId` (default: the owner). */
export async function offer(platform: Platform, f: Fixture, expertId = f.ids.owner) {
  const requester = await as(platform, f.ids.requester);
  const task = await platform.services.tasks.createTask(requester, f.projectP, {
    documentId: f.documentP,
    title: `work ${uuidv7().slice(-6)}`,
  });
  const assignment = await platform.services.tasks.offer(requester, f.projectP, {
    taskId: task.id,
    expertId,
  });
  return { taskId: task.id, assignmentId: assignment.id };
}

/** Offered and accepted by the expert. */
export async function accepted(platform: Platform, f: Fixture, expertId = f.ids.owner) {
  const made = await offer(platform, f, expertId);
  await platform.services.tasks.transition(
    await as(platform, expertId),
    f.projectP,
    made.assignmentId,
    'accepted',
    undefined,
  );
  return made;
}

/** Accepted and submitted with the given annotations (default: one indemnity span). */
export async function submitted(
  platform: Platform,
  f: Fixture,
  annotations: AnnotationWire[] = [spanOnP(f, 4, 11)],
  expertId = f.ids.owner,
) {
  const made = await accepted(platform, f, expertId);
  const result = await platform.services.work.submit.submit(
    await as(platform, expertId),
    f.projectP,
    made.assignmentId,
    annotations,
  );
  return { ...made, submissionId: result.submissionId, annotations };
}

/** Submitted and then approved by the reviewer (every annotation accepted). */
export async function approved(platform: Platform, f: Fixture) {
  const made = await submitted(platform, f);
  await platform.services.work.review.decide(
    await as(platform, f.ids.reviewer),
    f.projectP,
    made.assignmentId,
    {
      submissionId: made.submissionId,
      decisions: made.annotations.map((a) => ({ annotationId: a.id, verdict: 'accept' as const })),
    },
  );
  return made;
}

/**
 * One task of `expertId` in project P (organisation A) or Q (organisation B), offered by that
 * organisation's requester, accepted, submitted empty and approved by its reviewer: the ledger
 * credits the project's rate (10.00 EUR), owed by that organisation.
 */
export async function approvedIn(
  platform: Platform,
  f: Fixture,
  project: 'P' | 'Q',
  expertId: string,
) {
  const [projectId, documentId, requesterId, reviewerId] =
    project === 'P'
      ? [f.projectP, f.documentP, f.ids.requester, f.ids.reviewer]
      : [f.projectQ, f.documentQ, f.ids.requesterB, f.ids.reviewerB];
  const requester = await as(platform, requesterId);
  const task = await platform.services.tasks.createTask(requester, projectId, {
    documentId,
    title: `paid work ${uuidv7().slice(-6)}`,
  });
  const assignment = await platform.services.tasks.offer(requester, projectId, {
    taskId: task.id,
    expertId,
  });
  const expert = await as(platform, expertId);
  await platform.services.tasks.transition(expert, projectId, assignment.id, 'accepted', undefined);
  const submitted = await platform.services.work.submit.submit(
    expert,
    projectId,
    assignment.id,
    [],
  );
  const review = await platform.services.work.review.decide(
    await as(platform, reviewerId),
    projectId,
    assignment.id,
    { submissionId: submitted.submissionId, decisions: [] },
  );
  return { projectId, taskId: task.id, assignmentId: assignment.id, review };
}
