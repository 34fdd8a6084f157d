import type { Kysely, Selectable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database, TasksTable } from '../../db/schema';
import type { TaskPayload } from '../../../../shared/model/answerReview';
import { payloadProblems } from '../../../../shared/compare/validate';
import { requireProject } from '../core/access';
import { assignmentMethods } from './assignments';
export type { AssignmentView } from './assignments';
import { audit } from '../core/audit';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import type { EventHub } from '../core/events';

export interface TaskView {
  readonly id: string;
  readonly projectId: string;
  readonly documentId: string;
  readonly title: string;
  readonly status: 'open' | 'closed';
  readonly createdAt: string;
}

const toTask = (row: Selectable<TasksTable>): TaskView => ({
  id: row.id,
  projectId: row.project_id,
  documentId: row.document_id,
  title: row.title,
  status: row.status,
  createdAt: row.created_at,
});

/** `events` hears of experts joining projects (accepting an offer), for their event streams. */
export function createTaskService(
  db: Kysely<Database>,
  events?: Pick<EventHub, 'membershipChanged'>,
) {
  return {
    async createTask(
      principal: Principal,
      projectId: string,
      input: { id?: string; documentId: string; title: string; payload?: TaskPayload },
    ): Promise<TaskView> {
      await requireProject(db, principal, projectId, 'manage');
      const project = await db
        .selectFrom('projects')
        .select('task_type')
        .where('id', '=', projectId)
        .executeTakeFirstOrThrow();
      if (project.task_type === 'answerReview' && !input.payload)
        throw new ServiceError('badRequest', 'an answer-review task needs a prompt and answers');
      if (project.task_type !== 'answerReview' && input.payload)
        throw new ServiceError('badRequest', `a ${project.task_type} task takes no payload`);
      const problems = input.payload ? payloadProblems(input.payload) : [];
      if (problems.length > 0)
        throw new ServiceError('badRequest', problems.map((p) => p.message).join('; '));
      const document = await db
        .selectFrom('documents')
        .select('id')
        .where('project_id', '=', projectId)
        .where('id', '=', input.documentId)
        .executeTakeFirst();
      if (!document) throw new ServiceError('badRequest', 'no such document in this project');
      const row: Selectable<TasksTable> = {
        project_id: projectId,
        id: input.id ?? uuidv7(),
        document_id: input.documentId,
        title: input.title,
        status: 'open',
        created_at: new Date().toISOString(),
        payload: input.payload ? JSON.stringify(input.payload) : null,
      };
      const inserted = await db
        .insertInto('tasks')
        .values(row)
        .onConflict((oc) => oc.columns(['project_id', 'id']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0)
        throw new ServiceError('conflict', 'a task with that id exists');
      await audit(db, {
        actorId: principal.id,
        action: 'task.create',
        projectId,
        subjectId: row.id,
      });
      return toTask(row);
    },

    /** A task's content; an expert sees it only for a task offered to them. */
    async payload(
      principal: Principal,
      projectId: string,
      taskId: string,
    ): Promise<{ taskId: string; projectId: string; documentId: string; payload: TaskPayload }> {
      const access = await requireProject(db, principal, projectId, 'read');
      const staff = access.rights.has('review') || access.rights.has('manage');
      let query = db
        .selectFrom('tasks as t')
        .select(['t.id', 't.document_id', 't.payload'])
        .where('t.project_id', '=', projectId)
        .where('t.id', '=', taskId);
      if (!staff)
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('assignments as a')
              .select('a.id')
              .whereRef('a.project_id', '=', 't.project_id')
              .whereRef('a.task_id', '=', 't.id')
              .where('a.expert_id', '=', principal.id),
          ),
        );
      const row = await query.executeTakeFirst();
      if (!row) throw notFound('task');
      if (row.payload === null) throw new ServiceError('notFound', 'this task has no payload');
      return {
        taskId: row.id,
        projectId,
        documentId: row.document_id,
        payload: JSON.parse(row.payload) as TaskPayload,
      };
    },

    async listTasks(principal: Principal, projectId: string): Promise<TaskView[]> {
      await requireProject(db, principal, projectId, 'read');
      const rows = await db
        .selectFrom('tasks')
        .selectAll()
        .where('project_id', '=', projectId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toTask);
    },

    /** Offers a task to an expert, making them a project member if they are not yet. */
    ...assignmentMethods(db, events),
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
