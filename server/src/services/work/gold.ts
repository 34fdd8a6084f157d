import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import type { GoldSummary } from '../../../../shared/work/wireInsight';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import { namesOf, parseJson, type Db, type WorkContext } from './context';

async function summaries(
  db: Db,
  projectId: string | null,
  expertId: string | null,
): Promise<GoldSummary[]> {
  let query = db
    .selectFrom('gold_scores as s')
    .innerJoin('tasks as t', (j) =>
      j.onRef('t.project_id', '=', 's.project_id').onRef('t.id', '=', 's.task_id'),
    )
    .innerJoin('projects as p', 'p.id', 's.project_id')
    .select([
      's.project_id',
      's.assignment_id',
      's.task_id',
      's.expert_id',
      's.passed',
      's.span_f1',
      's.scored_at',
      't.title',
      'p.name as project_name',
    ])
    .orderBy('s.scored_at');
  if (projectId) query = query.where('s.project_id', '=', projectId);
  if (expertId) query = query.where('s.expert_id', '=', expertId);
  const rows = await query.execute();
  const names = await namesOf(
    db,
    rows.map((r) => r.expert_id),
  );
  const groups = new Map<string, GoldSummary>();
  for (const r of rows) {
    const key = `${r.project_id}:${r.expert_id}`;
    const g = groups.get(key) ?? {
      projectId: r.project_id,
      projectName: r.project_name,
      expertId: r.expert_id,
      expertName: names.get(r.expert_id) ?? '',
      answered: 0,
      passed: 0,
      meanSpanF1: null,
      scores: [],
    };
    const scores = [
      ...g.scores,
      {
        assignmentId: r.assignment_id,
        taskId: r.task_id,
        title: r.title,
        passed: r.passed === 1,
        spanF1: r.span_f1,
        scoredAt: r.scored_at,
      },
    ];
    const f1s = scores.flatMap((s) => (s.spanF1 === null ? [] : [s.spanF1]));
    groups.set(key, {
      ...g,
      answered: scores.length,
      passed: scores.filter((s) => s.passed).length,
      meanSpanF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
      scores,
    });
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.projectName.localeCompare(b.projectName) || a.expertName.localeCompare(b.expertName),
  );
}

export function goldService(ctx: WorkContext) {
  return {
    /** Makes a task gold with its known answer (managers); replacing the key keeps past scores. */
    async putKey(
      principal: Principal,
      projectId: string,
      taskId: string,
      annotations: readonly AnnotationWire[],
    ) {
      await requireProject(ctx.db, principal, projectId, 'manage');
      const task = await ctx.db
        .selectFrom('tasks')
        .select('document_id')
        .where('project_id', '=', projectId)
        .where('id', '=', taskId)
        .executeTakeFirst();
      if (!task) throw new ServiceError('badRequest', 'no such task in this project');
      if (annotations.some((a) => a.projectId !== projectId || a.documentId !== task.document_id))
        throw new ServiceError('badRequest', "a gold answer must annotate the task's document");
      const now = ctx.now().toISOString();
      const values = {
        annotations: JSON.stringify(annotations),
        updated_by: principal.id,
        updated_at: now,
      };
      await ctx.db
        .insertInto('gold_keys')
        .values({ project_id: projectId, task_id: taskId, ...values })
        .onConflict((oc) => oc.columns(['project_id', 'task_id']).doUpdateSet(values))
        .execute();
      await audit(ctx.db, {
        actorId: principal.id,
        action: 'gold.key',
        projectId,
        subjectId: taskId,
      });
      return { taskId, annotationCount: annotations.length, updatedAt: now };
    },

    async listKeys(principal: Principal, projectId: string) {
      await requireProject(ctx.db, principal, projectId, 'manage');
      const rows = await ctx.db
        .selectFrom('gold_keys')
        .select(['task_id', 'annotations', 'updated_at'])
        .where('project_id', '=', projectId)
        .orderBy('task_id')
        .execute();
      return rows.map((r) => ({
        taskId: r.task_id,
        annotationCount: parseJson<Annotation[]>(r.annotations).length,
        updatedAt: r.updated_at,
      }));
    },

    /** Every expert's gold results in the project (reviewers and managers). */
    async projectScores(principal: Principal, projectId: string): Promise<GoldSummary[]> {
      const access = await requireProject(ctx.db, principal, projectId, 'read');
      if (!access.rights.has('review') && !access.rights.has('manage'))
        throw new ServiceError('forbidden', 'you may not see other experts’ scores');
      return summaries(ctx.db, projectId, null);
    },

    /** The expert's own gold results, per project. */
    async mine(principal: Principal): Promise<GoldSummary[]> {
      return summaries(ctx.db, null, principal.id);
    },
  };
}
