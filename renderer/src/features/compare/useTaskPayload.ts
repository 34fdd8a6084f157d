import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { AnswerReviewPayload } from '../../../../shared/model/answerReview';
import { db } from '../../db/schema';
import { ensurePayload, payloadKey } from './taskPayload';

/**
 * The answer-review content of a task, from the local database; fetched once if the document was
 * taken offline before the payload was (it stays undefined for tasks that have none).
 */
export function useTaskPayload(
  task: { readonly projectId: string; readonly taskId: string } | undefined,
): AnswerReviewPayload | undefined {
  const taskId = task?.taskId;
  const projectId = task?.projectId;
  const row = useLiveQuery(
    () => (taskId ? db().settings.get(payloadKey(taskId)) : undefined),
    [taskId],
  );
  const type = useLiveQuery(
    () => (projectId ? db().settings.get(`taskType:${projectId}`) : undefined),
    [projectId],
  );
  const isReview = type?.value === 'answerReview';
  useEffect(() => {
    if (taskId && projectId && isReview && row === undefined)
      ensurePayload(projectId, taskId).catch((error: unknown) =>
        console.warn('answer-review content unavailable', error),
      );
  }, [taskId, projectId, isReview, row]);
  return row?.value as AnswerReviewPayload | undefined;
}
