import type { Transaction } from 'kysely';
import { reconcileTime, type ClaimBatch, type TaskWindow } from '../../../../shared/time/reconcile';
import type { TaskInterval } from '../../../../shared/time/intervals';
import type { MyTime, TimeBatchBody } from '../../../../shared/work/wireInsight';
import type { Database } from '../../db/schema';
import { audit } from '../core/audit';
import type { Principal } from '../core/principal';
import { parseJson, type Db, type WorkContext } from './context';
import { readSettings } from './settings';

interface StoredClaim {
  readonly id: string;
  readonly assignmentId: string;
  readonly start: number;
  readonly end: number;
}

const LOCKED = new Set(['submitted', 'resubmitted', 'approved']);

/**
 * Reconciles everything an expert's clients claimed, on the server clock: each batch is shifted by
 * its own skew (receipt − client send time), bounded by receipt and by the assignment's window
 * (accepted … submitted), de-duplicated, freed of overlaps and capped (shared/time/reconcile.ts).
 * Time already paid for stays fixed and its claims are left out, so a late batch can never change
 * what an approval paid.
 */
export async function reconcileExpert(db: Db, expertId: string) {
  const assignments = await db
    .selectFrom('assignments')
    .select(['id', 'project_id', 'status', 'accepted_at', 'created_at', 'submitted_at'])
    .where('expert_id', '=', expertId)
    .execute();
  const paid = await db
    .selectFrom('work_paid_time')
    .select(['assignment_id', 'intervals', 'active_ms'])
    .where('expert_id', '=', expertId)
    .execute();
  const paidIds = new Set(paid.map((p) => p.assignment_id));
  const settingsByProject = new Map<string, Awaited<ReturnType<typeof readSettings>>>();
  for (const projectId of new Set(assignments.map((a) => a.project_id)))
    settingsByProject.set(projectId, await readSettings(db, projectId));
  const tasks: TaskWindow[] = assignments.map((a) => {
    const cap = settingsByProject.get(a.project_id)?.taskCapMinutes;
    return {
      taskId: a.id,
      notBefore: Date.parse(a.accepted_at ?? a.created_at),
      ...(LOCKED.has(a.status) && a.submitted_at ? { notAfter: Date.parse(a.submitted_at) } : {}),
      ...(cap ? { capMs: cap * 60_000 } : {}),
    };
  });
  const fixed: TaskInterval[] = paid.flatMap((p) =>
    parseJson<{ start: number; end: number }[]>(p.intervals).map((i) => ({
      taskId: p.assignment_id,
      ...i,
    })),
  );
  const batches = await db
    .selectFrom('work_time_batches')
    .select(['client_sent_at', 'received_at', 'intervals'])
    .where('expert_id', '=', expertId)
    .orderBy('received_at')
    .execute();
  const claims: ClaimBatch[] = batches.map((b) => ({
    clientSentAt: Number(b.client_sent_at),
    receivedAt: Number(b.received_at),
    intervals: parseJson<StoredClaim[]>(b.intervals)
      .filter((c) => !paidIds.has(c.assignmentId))
      .map((c) => ({ id: c.id, taskId: c.assignmentId, start: c.start, end: c.end })),
  }));
  // The daily cap is a guard against runaway clocks: the most generous of the expert's projects.
  const dayCapMinutes = Math.max(
    720,
    ...[...settingsByProject.values()].map((s) => s.dayCapMinutes),
  );
  const reconciliation = reconcileTime(claims, { tasks, dayCapMs: dayCapMinutes * 60_000, fixed });
  return { reconciliation, assignments, paid, claims };
}

/** Reconciles and fixes the time an hourly approval pays for (inside the approval's transaction). */
export async function payableTimeFor(
  trx: Transaction<Database>,
  expertId: string,
  projectId: string,
  assignmentId: string,
  nowIso: string,
): Promise<number> {
  const { reconciliation } = await reconcileExpert(trx, expertId);
  const intervals = reconciliation.intervals
    .filter((i) => i.taskId === assignmentId)
    .map((i) => ({ start: i.start, end: i.end }));
  const activeMs = intervals.reduce((sum, i) => sum + (i.end - i.start), 0);
  await trx
    .insertInto('work_paid_time')
    .values({
      project_id: projectId,
      assignment_id: assignmentId,
      expert_id: expertId,
      intervals: JSON.stringify(intervals),
      active_ms: activeMs,
      paid_at: nowIso,
    })
    .execute();
  return activeMs;
}

export function timeService(ctx: WorkContext) {
  return {
    /** Stores one batch of claimed intervals with the server's receipt time (a re-sent batch once). */
    async record(principal: Principal, body: TimeBatchBody) {
      const receivedAt = ctx.now().getTime();
      const inserted = await ctx.db
        .insertInto('work_time_batches')
        .values({
          expert_id: principal.id,
          id: body.batchId,
          client_sent_at: body.clientSentAt,
          received_at: receivedAt,
          intervals: JSON.stringify(body.intervals),
        })
        .onConflict((oc) => oc.columns(['expert_id', 'id']).doNothing())
        .executeTakeFirst();
      const replayed = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0;
      const stored = replayed
        ? await ctx.db
            .selectFrom('work_time_batches')
            .select(['received_at', 'intervals'])
            .where('expert_id', '=', principal.id)
            .where('id', '=', body.batchId)
            .executeTakeFirstOrThrow()
        : { received_at: receivedAt, intervals: JSON.stringify(body.intervals) };
      if (!replayed)
        await audit(ctx.db, {
          actorId: principal.id,
          action: 'time.batch',
          subjectId: body.batchId,
          detail: { intervals: body.intervals.length },
        });
      return {
        batchId: body.batchId,
        receivedAt: new Date(Number(stored.received_at)).toISOString(),
        intervals: parseJson<unknown[]>(stored.intervals).length,
        replayed,
      };
    },

    /** The expert's own time: payable per assignment and day, and what was trimmed and why. */
    async mine(principal: Principal): Promise<MyTime> {
      const { reconciliation, assignments, paid, claims } = await reconcileExpert(
        ctx.db,
        principal.id,
      );
      const claimed = new Map<string, number>();
      for (const batch of claims)
        for (const c of batch.intervals)
          claimed.set(c.taskId, (claimed.get(c.taskId) ?? 0) + Math.max(0, c.end - c.start));
      const paidMs = new Map(paid.map((p) => [p.assignment_id, Number(p.active_ms)]));
      const trims = new Map<string, { ms: number; detail: string; count: number }>();
      for (const t of reconciliation.trims) {
        const entry = trims.get(t.reason) ?? { ms: 0, detail: t.detail, count: 0 };
        trims.set(t.reason, { ms: entry.ms + t.ms, detail: entry.detail, count: entry.count + 1 });
      }
      return {
        assignments: assignments
          .map((a) => ({
            assignmentId: a.id,
            projectId: a.project_id,
            activeMs: paidMs.get(a.id) ?? reconciliation.perTaskMs[a.id] ?? 0,
            claimedMs: paidMs.get(a.id) ?? claimed.get(a.id) ?? 0,
          }))
          .filter((a) => a.activeMs > 0 || a.claimedMs > 0),
        days: Object.entries(reconciliation.perDayMs)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([day, activeMs]) => ({ day, activeMs })),
        trims: [...trims.entries()].map(([reason, t]) => ({ reason, ...t })),
        skewedBatches: reconciliation.skewedBatches.length,
      };
    },
  };
}
