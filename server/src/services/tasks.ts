import type { Kysely, Selectable } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AssignmentsTable, Database, TasksTable } from '../db/schema';
import { eventForStatus, type AssignmentStatus } from '../../../shared/model/assignment';
import { transition as taskTransition } from '../../../shared/review/taskStatus';
import type { TaskPayload } from '../../../shared/model/answerReview';
import { payloadProblems } from '../../../shared/compare/validate';
import { requireProject } from './access';
import { audit } from './audit';
import { notFound, ServiceError } from './errors';
import type { Principal } from './principal';

export interface TaskView {
  readonly id: string;
  readonly projectId: string;
  readonly documentId: string;
  readonly title: string;
  readonly status: 'open' | 'closed';
  readonly createdAt: string;
}

export interface AssignmentView {
  readonly id: string;
  readonly projectId: string;
  readonly taskId: string;
  readonly expertId: string;
  readonly status: AssignmentStatus;
  readonly reason?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly dueAt?: string;
  readonly round?: number;
}

const toTask = (row: Selectable<TasksTable>): TaskView => ({
  id: row.id,
  projectId: row.project_id,
  documentId: row.document_id,
  title: row.title,
  status: row.status,
  createdAt: row.created_at,
});

const toAssignment = (row: Selectable<AssignmentsTable>): AssignmentView => ({
  id: row.id,
  projectId: row.project_id,
  taskId: row.task_id,
  expertId: row.expert_id,
  status: row.status,
  ...(row.reason !== null ? { reason: row.reason } : {}),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.due_at !== null ? { dueAt: row.due_at } : {}),
  round: row.round,
});

export function createTaskService(db: Kysely<Database>) {
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
    async offer(
      principal: Principal,
      projectId: string,
      input: { id?: string; taskId: string; expertId: string; dueAt?: string },
    ): Promise<AssignmentView> {
      await requireProject(db, principal, projectId, 'manage');
      const task = await db
        .selectFrom('tasks')
        .select('id')
        .where('project_id', '=', projectId)
        .where('id', '=', input.taskId)
        .executeTakeFirst();
      if (!task) throw new ServiceError('badRequest', 'no such task in this project');
      const expert = await db
        .selectFrom('accounts')
        .select(['role', 'status'])
        .where('id', '=', input.expertId)
        .executeTakeFirst();
      if (!expert || expert.role !== 'expert' || expert.status !== 'active')
        throw new ServiceError('badRequest', 'no active expert account with that id');
      const now = new Date().toISOString();
      const row: Selectable<AssignmentsTable> = {
        project_id: projectId,
        id: input.id ?? uuidv7(),
        task_id: input.taskId,
        expert_id: input.expertId,
        status: 'offered',
        reason: null,
        created_at: now,
        updated_at: now,
        due_at: input.dueAt ?? null,
        round: 0,
        accepted_at: null,
        submitted_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('project_members')
          .values({
            project_id: projectId,
            account_id: input.expertId,
            role: 'expert',
            added_at: now,
          })
          .onConflict((oc) => oc.columns(['project_id', 'account_id']).doNothing())
          .execute();
        const inserted = await trx
          .insertInto('assignments')
          .values(row)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0)
          throw new ServiceError('conflict', 'this task is already offered to this expert');
      });
      await audit(db, {
        actorId: principal.id,
        action: 'assignment.offer',
        projectId,
        subjectId: row.id,
      });
      return toAssignment(row);
    },

    /** Managers and reviewers see every assignment; an expert sees their own. */
    async listAssignments(principal: Principal, projectId: string): Promise<AssignmentView[]> {
      const access = await requireProject(db, principal, projectId, 'read');
      const all = access.rights.has('manage') || access.rights.has('review');
      let query = db.selectFrom('assignments').selectAll().where('project_id', '=', projectId);
      if (!all) query = query.where('expert_id', '=', principal.id);
      return (await query.orderBy('created_at').orderBy('id').execute()).map(toAssignment);
    },

    async myAssignments(principal: Principal): Promise<AssignmentView[]> {
      const rows = await db
        .selectFrom('assignments')
        .selectAll()
        .where('expert_id', '=', principal.id)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(1000)
        .execute();
      return rows.map(toAssignment);
    },

    async transition(
      principal: Principal,
      projectId: string,
      assignmentId: string,
      to: AssignmentStatus,
      reason: string | undefined,
    ): Promise<AssignmentView> {
      const access = await requireProject(db, principal, projectId, 'read');
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('assignments')
          .selectAll()
          .where('project_id', '=', projectId)
          .where('id', '=', assignmentId)
          .executeTakeFirst();
        const isAssignee = row?.expert_id === principal.id;
        const canReview = access.rights.has('review') || access.rights.has('manage');
        // Someone else's assignment does not exist for an expert.
        if (!row || (!isAssignee && !canReview)) throw notFound('assignment');
        // One status model: the review machine (shared/review/taskStatus.ts). This endpoint takes
        // the expert's own moves; submitting and reviewing have endpoints that carry the work.
        const request = eventForStatus(to, reason);
        if (!request.ok)
          throw new ServiceError(
            'conflict',
            request.problem === 'useSubmit'
              ? 'submit work with POST …/assignments/:id/submit'
              : 'approve or return work with POST …/assignments/:id/review',
          );
        if (!isAssignee)
          throw new ServiceError('forbidden', `only the expert may move it to ${to}`);
        const result = taskTransition(
          { status: row.status, round: row.round },
          request.event,
          'expert',
        );
        if (!result.ok) {
          if (result.code === 'reason-required')
            throw new ServiceError('badRequest', 'say why (a reason is required)');
          throw new ServiceError('conflict', `cannot go from ${row.status} to ${to}`);
        }
        const now = new Date().toISOString();
        const updated: Selectable<AssignmentsTable> = {
          ...row,
          status: result.state.status,
          reason: to === 'skipped' || to === 'declined' ? (reason ?? null) : row.reason,
          accepted_at: to === 'accepted' ? now : row.accepted_at,
          updated_at: now,
        };
        const changed = await trx
          .updateTable('assignments')
          .set({
            status: updated.status,
            reason: updated.reason,
            accepted_at: updated.accepted_at,
            updated_at: updated.updated_at,
          })
          .where('project_id', '=', projectId)
          .where('id', '=', assignmentId)
          .where('status', '=', row.status)
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) === 0)
          throw new ServiceError('conflict', 'the assignment changed meanwhile; try again');
        await audit(trx, {
          actorId: principal.id,
          action: `assignment.${to}`,
          projectId,
          subjectId: assignmentId,
          ...(reason ? { detail: { reason } } : {}),
        });
        return toAssignment(updated);
      });
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
