/**
 * Answer-review task content (prompt and model answers) kept in the local database beside the
 * task's document, so a review opens offline like any other task.
 */
import type { AnswerReviewPayload } from '../../../../shared/model/answerReview';
import { callPlatform } from '../../api/platformOps';
import { db } from '../../db/schema';

export const payloadKey = (taskId: string): string => `taskPayload:${taskId}`;

export async function storedPayload(taskId: string): Promise<AnswerReviewPayload | undefined> {
  const row = await db().settings.get(payloadKey(taskId));
  return row?.value as AnswerReviewPayload | undefined;
}

/** Downloads the task's payload unless it is here already. */
export async function ensurePayload(projectId: string, taskId: string): Promise<void> {
  if (await storedPayload(taskId)) return;
  const { payload } = await callPlatform('tasks.payload', { projectId, taskId });
  await db().settings.put({ key: payloadKey(taskId), value: payload });
}
