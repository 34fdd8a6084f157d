/** Offering tasks to experts and moving assignments through their states (part of the task service). */
import type { Kysely, Selectable, Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AssignmentsTable, Database } from '../../db/schema';
import { eventForStatus, type AssignmentStatus } from '../../../../shared/model/assignment';
import { transition as taskTransition } from '../../../../shared/review/taskStatus';
import { takesNewWork, visibleToExperts } from '../../../../shared/matching/eligibility';
import { projectAccess, requireProject } from '../core/access';
import { judgeOne, notEligible, workableProjectIds } from '../vetting/eligibility';
import { audit } from '../core/audit';
import type { EventHub } from '../core/events';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';

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

export function projectNotOpen(status: string): ServiceError {
  return new ServiceError(
    'conflict',
    `the project is ${status}; it takes new work only while open`,
    {
      error: 'projectNotOpen',
    },
  );
}

/**
 * What an expert's own move needs beyond the status machine: the project exists for experts (not
 * a draft), and taking work on — accepting an offer, starting it — needs the expert to meet the
 * project's requirements today (and accepting, an open project). Giving work back (declining,
 * skipping) is always allowed, so an expert who stopped qualifying can still release it.
 */
async function checkOwnMove(
  trx: Transaction<Database>,
  principal: Principal,
  projectId: string,
  to: AssignmentStatus,
): Promise<void> {
  const project = await trx
    .selectFrom('projects')
    .select(['id', 'status', 'domain', 'languages'])
    .where('id', '=', projectId)
    .executeTakeFirstOrThrow();
  if (!visibleToExperts(project.status)) throw notFound('assignment');
  if (to !== 'accepted' && to !== 'in_progress') return;
  if (to === 'accepted' && !takesNewWork(project.status)) throw projectNotOpen(project.status);
  const judged = await judgeOne(trx, principal.id, project);
  if (!judged.eligible) throw notEligible(judged, 'you');
}

export function assignmentMethods(
  db: Kysely<Database>,
  events?: Pick<EventHub, 'membershipChanged'>,
) {
  return {
    async offer(
      principal: Principal,
      projectId: string,
      input: { id?: string; taskId: string; expertId: string; dueAt?: string },
    ): Promise<AssignmentView> {
      const { project } = await requireProject(db, principal, projectId, 'manage');
      if (!takesNewWork(project.status)) throw projectNotOpen(project.status);
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
      const judged = await judgeOne(db, input.expertId, project);
      if (!judged.eligible) throw notEligible(judged, 'this expert');
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
      // An offer is a proposal: the expert becomes a member of the project only by accepting it.
      const inserted = await db
        .insertInto('assignments')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0)
        throw new ServiceError('conflict', 'this task is already offered to this expert');
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

    /**
     * The expert's own assignments, in projects whose work they may see now: a draft's, or those
     * of a project whose requirements they no longer meet, are held back (not deleted).
     */
    async myAssignments(principal: Principal): Promise<AssignmentView[]> {
      const rows = await db
        .selectFrom('assignments')
        .selectAll()
        .where('expert_id', '=', principal.id)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .limit(1000)
        .execute();
      const workable = await workableProjectIds(
        db,
        principal.id,
        rows.map((r) => r.project_id),
      );
      return rows.filter((r) => workable.has(r.project_id)).map(toAssignment);
    },

    async transition(
      principal: Principal,
      projectId: string,
      assignmentId: string,
      to: AssignmentStatus,
      reason: string | undefined,
    ): Promise<AssignmentView> {
      // Staff rights come from the project; the expert's from the assignment itself (an offer is
      // not membership, so an expert who has not accepted yet has no rights in the project).
      const { rights } = await projectAccess(db, principal, projectId);
      const canReview = rights.has('review') || rights.has('manage');
      const moved = await db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('assignments')
          .selectAll()
          .where('project_id', '=', projectId)
          .where('id', '=', assignmentId)
          .executeTakeFirst();
        const isAssignee = row?.expert_id === principal.id;
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
        await checkOwnMove(trx, principal, projectId, to);
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
        // Accepting is what makes the expert a member of the project.
        if (to === 'accepted')
          await trx
            .insertInto('project_members')
            .values({
              project_id: projectId,
              account_id: principal.id,
              role: 'expert',
              added_at: now,
            })
            .onConflict((oc) => oc.columns(['project_id', 'account_id']).doNothing())
            .execute();
        await audit(trx, {
          actorId: principal.id,
          action: `assignment.${to}`,
          projectId,
          subjectId: assignmentId,
          ...(reason ? { detail: { reason } } : {}),
        });
        return toAssignment(updated);
      });
      // Accepting made the expert a member: her open event streams may now carry the project.
      if (to === 'accepted') events?.membershipChanged(principal.id);
      return moved;
    },
  };
}
