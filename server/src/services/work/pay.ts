import { asCurrency } from '../../../../shared/pay/money';
import type { Earnings, PayoutResult, PostedResult } from '../../../../shared/pay/wire';
import {
  IdempotencyConflictError,
  InsufficientFundsError,
  LedgerError,
  type Posted,
} from '../../ledger';
import { requireProject } from '../access';
import { audit } from '../audit';
import { ServiceError } from '../errors';
import type { Principal } from '../principal';
import type { WorkContext } from './context';

/** Ledger errors as the API's errors (422 for a reused key, 409 for an overdraft …). */
export async function ledgerCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IdempotencyConflictError)
      throw new ServiceError('unprocessable', error.message);
    if (error instanceof InsufficientFundsError)
      throw new ServiceError('conflict', 'that would take the available balance below zero');
    if (error instanceof LedgerError)
      throw new ServiceError(error.statusCode === 404 ? 'notFound' : 'badRequest', error.message);
    throw error;
  }
}

function toPosted(posted: Posted): PostedResult {
  const t = posted.transaction;
  return {
    transactionId: t.id,
    kind: t.kind,
    // The expert's side of the transaction, signed (an adjustment may take money back).
    amountMinor: t.entries.find((e) => e.account.startsWith('expert:'))?.amountMinor ?? 0,
    currency: t.currency,
    replayed: posted.replayed,
  };
}

const EPOCH = '1970-01-01T00:00:00.000Z';

export function payService(ctx: WorkContext) {
  /** Hold periods end lazily: whenever balances are read or a payout is asked for. */
  async function release(expertId: string): Promise<void> {
    const maturedBefore = new Date(ctx.now().getTime() - ctx.holdMs).toISOString();
    await ctx.ledger.releasePending({ expertId, maturedBefore });
  }

  /** The expert must have work in the project for a bonus or adjustment to name it. */
  async function requireExpertIn(projectId: string, expertId: string): Promise<void> {
    const member = await ctx.db
      .selectFrom('project_members')
      .select('account_id')
      .where('project_id', '=', projectId)
      .where('account_id', '=', expertId)
      .where('role', '=', 'expert')
      .executeTakeFirst();
    if (!member) throw new ServiceError('badRequest', 'that expert has no work in this project');
  }

  return {
    async earnings(principal: Principal): Promise<Earnings> {
      await release(principal.id);
      const balances = await ctx.ledger.balances(principal.id);
      const to = new Date(ctx.now().getTime() + 1).toISOString();
      const statements = [];
      for (const b of balances)
        statements.push(
          await ctx.ledger.statement({
            expertId: principal.id,
            currency: b.currency,
            from: EPOCH,
            to,
          }),
        );
      const projectIds = [
        ...new Set(
          statements.flatMap((s) => s.lines.flatMap((l) => (l.projectId ? [l.projectId] : []))),
        ),
      ];
      const taskIds = [
        ...new Set(statements.flatMap((s) => s.lines.flatMap((l) => (l.taskId ? [l.taskId] : [])))),
      ];
      const projects = projectIds.length
        ? await ctx.db
            .selectFrom('projects')
            .select(['id', 'name'])
            .where('id', 'in', projectIds)
            .execute()
        : [];
      const tasks = taskIds.length
        ? await ctx.db
            .selectFrom('tasks')
            .select(['id', 'project_id', 'title'])
            .where('project_id', 'in', projectIds.length ? projectIds : [''])
            .where('id', 'in', taskIds)
            .execute()
        : [];
      return {
        balances: balances.map((b) => ({
          currency: b.currency,
          pendingMinor: b.pendingMinor,
          availableMinor: b.availableMinor,
        })),
        statements: statements.map((s) => ({ ...s, lines: [...s.lines] })),
        projects,
        tasks: tasks.map((t) => ({ id: t.id, projectId: t.project_id, title: t.title })),
        holdDays: ctx.holdMs / 86_400_000,
      };
    },

    /** Same key and body → the same outcome; same key, other body → 422; never overdraws. */
    async payout(
      principal: Principal,
      body: { idempotencyKey: string; amountMinor: number; currency: string },
    ): Promise<PayoutResult> {
      if (principal.role !== 'expert')
        throw new ServiceError('forbidden', 'only experts are paid out');
      await release(principal.id);
      const outcome = await ledgerCall(() =>
        ctx.ledger.requestPayout({
          expertId: principal.id,
          idempotencyKey: body.idempotencyKey,
          amountMinor: body.amountMinor,
          currency: asCurrency(body.currency),
        }),
      );
      ctx.faults?.afterPayoutCommit?.();
      if (!outcome.replayed)
        await audit(ctx.db, {
          actorId: principal.id,
          action: `payout.${outcome.payout.status}`,
          subjectId: outcome.payout.transactionId ?? body.idempotencyKey,
          detail: { amountMinor: body.amountMinor, currency: body.currency },
        });
      const p = outcome.payout;
      return {
        payout: {
          idempotencyKey: p.idempotencyKey,
          status: p.status,
          transactionId: p.transactionId,
          amountMinor: p.amountMinor,
          currency: p.currency,
          reason: p.reason,
          availableMinor: p.availableMinor,
          requestedAt: p.requestedAt,
        },
        replayed: outcome.replayed,
      };
    },

    async bonus(
      principal: Principal,
      projectId: string,
      body: {
        expertId: string;
        amountMinor: number;
        reason: string;
        idempotencyKey: string;
        assignmentId?: string;
      },
    ): Promise<PostedResult> {
      const access = await requireProject(ctx.db, principal, projectId, 'manage');
      await requireExpertIn(projectId, body.expertId);
      let taskId: string | undefined;
      if (body.assignmentId) {
        const a = await ctx.db
          .selectFrom('assignments')
          .select(['task_id', 'expert_id'])
          .where('project_id', '=', projectId)
          .where('id', '=', body.assignmentId)
          .executeTakeFirst();
        if (!a || a.expert_id !== body.expertId)
          throw new ServiceError('badRequest', 'no such assignment of that expert');
        taskId = a.task_id;
      }
      const posted = await ledgerCall(() =>
        ctx.ledger.grantBonus({
          expertId: body.expertId,
          projectId,
          amountMinor: body.amountMinor,
          currency: asCurrency(access.project.pay_currency),
          reason: body.reason,
          idempotencyKey: body.idempotencyKey,
          actorId: principal.id,
          ...(taskId ? { taskId, assignmentId: body.assignmentId } : {}),
        }),
      );
      if (!posted.replayed)
        await audit(ctx.db, {
          actorId: principal.id,
          action: 'pay.bonus',
          projectId,
          subjectId: posted.transaction.id,
          detail: { reason: body.reason },
        });
      return toPosted(posted);
    },

    async adjust(
      principal: Principal,
      projectId: string,
      body: { expertId: string; amountMinor: number; reason: string; idempotencyKey: string },
    ): Promise<PostedResult> {
      const access = await requireProject(ctx.db, principal, projectId, 'manage');
      await requireExpertIn(projectId, body.expertId);
      if (body.amountMinor === 0)
        throw new ServiceError('badRequest', 'an adjustment of zero is not one');
      const posted = await ledgerCall(() =>
        ctx.ledger.adjust({
          expertId: body.expertId,
          projectId,
          amountMinor: body.amountMinor,
          currency: asCurrency(access.project.pay_currency),
          reason: body.reason,
          idempotencyKey: body.idempotencyKey,
          actorId: principal.id,
        }),
      );
      if (!posted.replayed)
        await audit(ctx.db, {
          actorId: principal.id,
          action: 'pay.adjustment',
          projectId,
          subjectId: posted.transaction.id,
          detail: { reason: body.reason },
        });
      return toPosted(posted);
    },
  };
}
