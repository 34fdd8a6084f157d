import { asCurrency, formatMinor, type Currency } from '../../../../shared/pay/money';
import { parseExpertAccount } from '../../../../shared/pay/postings';
import type { Earnings, PayoutResult, PostedResult } from '../../../../shared/pay/wire';
import {
  IdempotencyConflictError,
  InsufficientFundsError,
  LedgerError,
  NoEarningsError,
  type Posted,
} from '../ledger';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import type { WorkContext } from './context';

/** Ledger errors as the API's errors (422 for a reused key, 409 for an overdraft …). */
export async function ledgerCall<T>(work: () => Promise<T>, currency?: Currency): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IdempotencyConflictError)
      throw new ServiceError('unprocessable', error.message);
    if (error instanceof InsufficientFundsError)
      throw new ServiceError(
        'conflict',
        currency
          ? `this project owes the expert ${formatMinor(error.availableMinor, currency)} ${currency} released and not paid out, less than the ${formatMinor(error.requestedMinor, currency)} ${currency} to take back`
          : 'that would take more than is owed',
      );
    if (error instanceof NoEarningsError)
      throw new ServiceError('badRequest', 'that expert has no earnings from this project');
    if (error instanceof LedgerError)
      throw new ServiceError(
        error.statusCode === 404
          ? 'notFound'
          : error.statusCode === 403
            ? 'forbidden'
            : 'badRequest',
        error.message,
      );
    throw error;
  }
}

function toPosted(posted: Posted): PostedResult {
  const t = posted.transaction;
  return {
    transactionId: t.id,
    kind: t.kind,
    // The expert's side of the transaction, signed (an adjustment may take money back).
    amountMinor: t.entries.find((e) => parseExpertAccount(e.account))?.amountMinor ?? 0,
    currency: t.currency,
    replayed: posted.replayed,
  };
}

const EPOCH = '1970-01-01T00:00:00.000Z';

export function payService(ctx: WorkContext) {
  /**
   * Hold periods end lazily: whenever balances are read, a payout is asked for or money is taken
   * back (what a project may take back is what it released and has not paid).
   */
  async function release(expertId: string): Promise<void> {
    const maturedBefore = new Date(ctx.now().getTime() - ctx.holdMs).toISOString();
    await ctx.ledger.releasePending({ expertId, maturedBefore });
  }

  return {
    /**
     * What each organisation owes the expert and why: balances per organisation and currency, one
     * all-time statement for each (and one for the history before per-organisation books, if the
     * expert has one), with the names of the organisations, projects and tasks on the lines.
     */
    async earnings(principal: Principal): Promise<Earnings> {
      await release(principal.id);
      const balances = await ctx.ledger.balances(principal.id);
      const to = new Date(ctx.now().getTime() + 1).toISOString();
      const statements = [];
      for (const book of await ctx.ledger.books(principal.id))
        statements.push(
          await ctx.ledger.statement({ expertId: principal.id, ...book, from: EPOCH, to }),
        );
      const organisationIds = [
        ...new Set([
          ...balances.map((b) => b.organisationId),
          ...statements.flatMap((s) => (s.organisationId ? [s.organisationId] : [])),
        ]),
      ];
      const projectIds = [
        ...new Set(
          statements.flatMap((s) => s.lines.flatMap((l) => (l.projectId ? [l.projectId] : []))),
        ),
      ];
      const taskIds = [
        ...new Set(statements.flatMap((s) => s.lines.flatMap((l) => (l.taskId ? [l.taskId] : [])))),
      ];
      const organisations = organisationIds.length
        ? await ctx.db
            .selectFrom('organisations')
            .select(['id', 'name'])
            .where('id', 'in', organisationIds)
            .orderBy('name')
            .execute()
        : [];
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
          organisationId: b.organisationId,
          currency: b.currency,
          pendingMinor: b.pendingMinor,
          availableMinor: b.availableMinor,
        })),
        statements: statements.map((s) => ({ ...s, lines: [...s.lines] })),
        organisations,
        projects,
        tasks: tasks.map((t) => ({ id: t.id, projectId: t.project_id, title: t.title })),
        holdDays: ctx.holdMs / 86_400_000,
      };
    },

    /**
     * A payout from one organisation. Same key and body → the same outcome; same key, other body
     * → 422; never draws more than that organisation owes.
     */
    async payout(
      principal: Principal,
      body: {
        idempotencyKey: string;
        amountMinor: number;
        currency: string;
        organisationId: string;
      },
    ): Promise<PayoutResult> {
      if (principal.role !== 'expert')
        throw new ServiceError('forbidden', 'only experts are paid out');
      await release(principal.id);
      const outcome = await ledgerCall(() =>
        ctx.ledger.requestPayout({
          expertId: principal.id,
          organisationId: body.organisationId,
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
          detail: {
            amountMinor: body.amountMinor,
            currency: body.currency,
            organisationId: body.organisationId,
          },
        });
      const p = outcome.payout;
      return {
        payout: {
          idempotencyKey: p.idempotencyKey,
          organisationId: p.organisationId,
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
      // The caller manages the project; whether it may pay this expert extra is the ledger's rule
      // (only a project that paid them for work), checked where the bonus is posted.
      const access = await requireProject(ctx.db, principal, projectId, 'manage');
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
          organisationId: access.project.organisation_id,
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
          detail: { reason: body.reason, expertId: body.expertId, amountMinor: body.amountMinor },
        });
      return toPosted(posted);
    },

    async adjust(
      principal: Principal,
      projectId: string,
      body: { expertId: string; amountMinor: number; reason: string; idempotencyKey: string },
    ): Promise<PostedResult> {
      // The project's organisation adjusts only what it owes: the ledger refuses an expert this
      // project never paid and a take-back beyond what it accrued to them and has not paid.
      const access = await requireProject(ctx.db, principal, projectId, 'manage');
      if (body.amountMinor === 0)
        throw new ServiceError('badRequest', 'an adjustment of zero is not one');
      if (body.amountMinor < 0) await release(body.expertId);
      const currency = asCurrency(access.project.pay_currency);
      const posted = await ledgerCall(
        () =>
          ctx.ledger.adjust({
            expertId: body.expertId,
            projectId,
            organisationId: access.project.organisation_id,
            amountMinor: body.amountMinor,
            currency,
            reason: body.reason,
            idempotencyKey: body.idempotencyKey,
            actorId: principal.id,
          }),
        currency,
      );
      if (!posted.replayed)
        await audit(ctx.db, {
          actorId: principal.id,
          action: 'pay.adjustment',
          projectId,
          subjectId: posted.transaction.id,
          detail: { reason: body.reason, expertId: body.expertId, amountMinor: body.amountMinor },
        });
      return toPosted(posted);
    },
  };
}
