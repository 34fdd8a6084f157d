/** Reading an assignment's submissions for review, and who may (see review.ts). */
import { requireProject } from '../core/access';
import { notFound } from '../core/errors';
import type { Principal } from '../core/principal';
import type { WorkContext } from './context';

/** The assignment's latest submitted round. */
export async function latestSubmission(ctx: WorkContext, projectId: string, assignmentId: string) {
  return ctx.db
    .selectFrom('work_submissions')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('assignment_id', '=', assignmentId)
    .orderBy('round', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Reviewers and managers of the project, or the expert whose assignment it is. */
export async function canSee(
  ctx: WorkContext,
  principal: Principal,
  projectId: string,
  assignmentId: string,
) {
  const access = await requireProject(ctx.db, principal, projectId, 'read');
  const row = await ctx.db
    .selectFrom('assignments')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', assignmentId)
    .executeTakeFirst();
  const staff = access.rights.has('review') || access.rights.has('manage');
  if (!row || (row.expert_id !== principal.id && !staff)) throw notFound('assignment');
  return row;
}
