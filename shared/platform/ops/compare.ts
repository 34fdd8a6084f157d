/** Platform operations of issue 10: the content of answer-review tasks. */
import { Strict } from '../../ipc/schema';
import { Uuid } from '../../model/annotationSchema';
import { TaskPayload } from '../../model/answerReview';
import type { OperationSpec } from '../operations';

/** A task's content beyond its document (the prompt and the model answers of an answer review). */
export const TaskPayloadResponseSchema = Strict({
  taskId: Uuid,
  projectId: Uuid,
  documentId: Uuid,
  payload: TaskPayload,
});

export const compareOperations = {
  'tasks.payload': {
    method: 'GET',
    path: '/projects/:projectId/tasks/:taskId/payload',
    params: Strict({ projectId: Uuid, taskId: Uuid }),
    response: TaskPayloadResponseSchema,
  },
} as const satisfies Record<string, OperationSpec>;
