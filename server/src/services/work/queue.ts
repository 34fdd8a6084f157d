import { uuidv7 } from 'uuidv7';
import { takesNewWork } from '../../../../shared/matching/eligibility';
import { isOpenWork } from '../../../../shared/model/assignment';
import { goldCountFor, mixGold } from '../../../../shared/gold/mix';
import type { ReturnNotice } from '../../../../shared/review/decisions';
import type { MyQueue, QueueItem, DocumentDownload } from '../../../../shared/work/wire';
import { requireProject } from '../core/access';
import { workableProjectIds } from '../vetting/eligibility';
import { notFound } from '../core/errors';
import type { Principal } from '../core/principal';
import { toProject } from '../projects/projects';
import { parseJson, type Db, type WorkContext } from './context';
import { readSettings } from './settings';

const MAX_ITEMS = 2_000;

/** Latest return notice per assignment (for the ones currently returned). */
async function returnNotices(db: Db, assignmentIds: readonly string[]) {
  const notices = new Map<string, ReturnNotice>();
  if (assignmentIds.length === 0) return notices;
  const rows = await db
    .selectFrom('work_reviews')
    .select(['assignment_id', 'notice', 'round'])
    .where('assignment_id', 'in', [...assignmentIds])
    .where('outcome', '=', 'return')
    .orderBy('round')
    .execute();
  for (const r of rows)
    if (r.notice) notices.set(r.assignment_id, parseJson<ReturnNotice>(r.notice));
  return notices;
}

/**
 * Gold items for one project: as many as the rate asks for beside the expert's open real work,
 * never a gold task the expert already has. They become ordinary offers, so nothing in the queue
 * tells them apart; the seed makes the choice repeatable for the same state.
 */
async function topUpGold(
  ctx: WorkContext,
  expertId: string,
  projectId: string,
  openReal: number,
  openGold: number,
  rate: number,
  haveTasks: ReadonlySet<string>,
  answered: number,
): Promise<number> {
  if (rate <= 0 || openReal === 0) return 0;
  const want = Math.max(0, goldCountFor(openReal, Math.min(rate, 0.99)) - openGold);
  if (want === 0) return 0;
  const gold = await ctx.db
    .selectFrom('gold_keys')
    .select('task_id as id')
    .where('project_id', '=', projectId)
    .orderBy('task_id')
    .execute();
  const fresh = gold.filter((g) => !haveTasks.has(g.id));
  const mixed = mixGold(
    Array.from({ length: openReal }, (_, i) => i),
    fresh,
    { rate, seed: `${projectId}:${expertId}:${answered}` },
  );
  const picked = mixed.flatMap((q) => (q.kind === 'gold' ? [q.item.id] : [])).slice(0, want);
  const now = ctx.now().toISOString();
  for (const taskId of picked)
    await ctx.db
      .insertInto('assignments')
      .values({
        project_id: projectId,
        id: uuidv7(),
        task_id: taskId,
        expert_id: expertId,
        status: 'offered',
        reason: null,
        created_at: now,
        updated_at: now,
        due_at: null,
        round: 0,
        accepted_at: null,
        submitted_at: null,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  return picked.length;
}

export function queueService(ctx: WorkContext) {
  async function load(expertId: string) {
    return ctx.db
      .selectFrom('assignments as a')
      .innerJoin('tasks as t', (j) =>
        j.onRef('t.project_id', '=', 'a.project_id').onRef('t.id', '=', 'a.task_id'),
      )
      .innerJoin('documents as d', (j) =>
        j.onRef('d.project_id', '=', 't.project_id').onRef('d.id', '=', 't.document_id'),
      )
      .leftJoin('gold_keys as g', (j) =>
        j.onRef('g.project_id', '=', 'a.project_id').onRef('g.task_id', '=', 'a.task_id'),
      )
      .select([
        'a.id',
        'a.project_id',
        'a.task_id',
        'a.status',
        'a.round',
        'a.due_at',
        'a.reason',
        'a.created_at',
        'a.updated_at',
        't.title',
        't.document_id',
        'd.name as document_name',
        'd.kind as document_kind',
        'g.task_id as gold_task',
      ])
      .where('a.expert_id', '=', expertId)
      .where('a.status', '!=', 'declined')
      .orderBy('a.created_at')
      .orderBy('a.id')
      .limit(MAX_ITEMS)
      .execute();
  }

  return {
    /**
     * The expert's work, by project. Only projects whose work the expert may see now: no drafts,
     * none whose requirements they do not meet today (eligibility.ts) — the same rule "Projects
     * for you" applies, so the queue never offers what the catalogue calls "not yet for you".
     * Held-back work is kept, not deleted, and comes back when the expert qualifies again.
     */
    async myQueue(principal: Principal): Promise<MyQueue> {
      const all = await load(principal.id);
      const workable = await workableProjectIds(
        ctx.db,
        principal.id,
        all.map((r) => r.project_id),
      );
      const mineNow = (loaded: typeof all) => loaded.filter((r) => workable.has(r.project_id));
      let rows = mineNow(all);
      const projectIds = [...workable];
      const projects = projectIds.length
        ? await ctx.db.selectFrom('projects').selectAll().where('id', 'in', projectIds).execute()
        : [];
      let added = 0;
      for (const project of projects) {
        // Gold items are new offers: only an open project makes them.
        if (!takesNewWork(project.status)) continue;
        const settings = await readSettings(ctx.db, project.id);
        const mine = rows.filter((r) => r.project_id === project.id);
        const open = mine.filter((r) => isOpenWork(r.status));
        added += await topUpGold(
          ctx,
          principal.id,
          project.id,
          open.filter((r) => !r.gold_task).length,
          open.filter((r) => r.gold_task).length,
          settings.goldRate,
          new Set(mine.map((r) => r.task_id)),
          mine.filter((r) => r.gold_task && !isOpenWork(r.status)).length,
        );
      }
      if (added > 0) rows = mineNow(await load(principal.id));
      const notices = await returnNotices(
        ctx.db,
        rows.filter((r) => r.status === 'returned').map((r) => r.id),
      );
      const items: QueueItem[] = rows.map((r) => {
        const notice = notices.get(r.id);
        return {
          assignmentId: r.id,
          projectId: r.project_id,
          taskId: r.task_id,
          documentId: r.document_id,
          documentName: r.document_name,
          documentKind: r.document_kind,
          title: r.title,
          status: r.status,
          round: r.round,
          ...(r.due_at ? { dueAt: r.due_at } : {}),
          ...(r.reason ? { reason: r.reason } : {}),
          ...(r.status === 'returned' && notice
            ? { returnNotice: notice as QueueItem['returnNotice'] }
            : {}),
          updatedAt: r.updated_at,
        };
      });
      const queueProjects = await Promise.all(
        projects
          .map((row) => ({ row, project: toProject(row) }))
          .sort((a, b) => a.project.name.localeCompare(b.project.name))
          .map(async ({ project }) => ({
            id: project.id,
            name: project.name,
            domain: project.domain,
            pay: project.pay,
            settings: await readSettings(ctx.db, project.id),
          })),
      );
      return { projects: queueProjects, items };
    },

    /**
     * A document with its canonical text and original bytes in one answer, for working offline.
     * Experts get only documents of tasks offered to them; reviewers and managers any of the project.
     */
    async download(
      principal: Principal,
      projectId: string,
      documentId: string,
    ): Promise<DocumentDownload> {
      const access = await requireProject(ctx.db, principal, projectId, 'read');
      const staff = access.rights.has('review') || access.rights.has('manage');
      if (!staff) {
        const mine = await ctx.db
          .selectFrom('assignments as a')
          .innerJoin('tasks as t', (j) =>
            j.onRef('t.project_id', '=', 'a.project_id').onRef('t.id', '=', 'a.task_id'),
          )
          .select('a.id')
          .where('a.project_id', '=', projectId)
          .where('a.expert_id', '=', principal.id)
          .where('t.document_id', '=', documentId)
          .executeTakeFirst();
        if (!mine) throw notFound('document');
      }
      const row = await ctx.db
        .selectFrom('documents as d')
        .innerJoin('document_files as f', (j) =>
          j.onRef('f.project_id', '=', 'd.project_id').onRef('f.document_id', '=', 'd.id'),
        )
        .selectAll('d')
        .select('f.bytes')
        .where('d.project_id', '=', projectId)
        .where('d.id', '=', documentId)
        .executeTakeFirst();
      if (!row) throw notFound('document');
      return {
        id: row.id,
        projectId: row.project_id,
        name: row.name,
        kind: row.kind,
        mediaType: row.media_type,
        size: row.size,
        sha256: row.sha256,
        ...(row.page_count !== null ? { pageCount: row.page_count } : {}),
        charCount: row.char_count,
        warnings: parseJson<string[]>(row.warnings),
        createdAt: row.created_at,
        text: row.text,
        ...(row.page_starts ? { pageStarts: parseJson<number[]>(row.page_starts) } : {}),
        bytesBase64: Buffer.from(row.bytes).toString('base64'),
      };
    },
  };
}
