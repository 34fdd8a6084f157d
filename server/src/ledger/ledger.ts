import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { earningFor, type PayRule } from '../../../shared/pay/earnings';
import type { Currency } from '../../../shared/pay/money';
import { expertAccount } from '../../../shared/pay/postings';
import type { Statement } from '../../../shared/pay/statement';
import { LedgerNotFoundError, LedgerValidationError } from './errors';
import { requestPayout, type PayoutOutcome, type PayoutRequest } from './payouts';
import {
  findById,
  post,
  type LedgerContext,
  type LedgerFaults,
  type LedgerTransaction,
  type Posted,
} from './post';
import {
  balancesOf,
  statementOf,
  verifyLedger,
  type CurrencyBalances,
  type LedgerCheck,
} from './reads';
import { toMinor, type LedgerDatabase, type LedgerDialect } from './schema';
import type { LedgerTrx } from './writeTransaction';
import * as v from './validate';

/** An approved assignment to pay: called once the review approves (see task status 'approved'). */
export interface ApprovalAccrual {
  readonly projectId: string;
  readonly assignmentId: string;
  readonly taskId: string;
  readonly expertId: string;
  /** The review whose decisions approved the work; shown on the statement line. */
  readonly reviewId: string;
  readonly reviewerId: string;
  /** The project's rule at approval time. */
  readonly pay: PayRule;
  /** Reconciled active ms for the assignment (hourly rule): reconcileTime(...).perTaskMs. */
  readonly activeMs?: number;
  /** Server time of the approval; defaults to now. Pass it so a retry is the same request. */
  readonly approvedAt?: string;
}

export interface BonusGrant {
  readonly expertId: string;
  readonly projectId: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly reason: string;
  readonly idempotencyKey: string;
  readonly actorId: string;
  readonly taskId?: string;
  readonly assignmentId?: string;
}

export interface Adjustment {
  readonly expertId: string;
  readonly projectId: string | null;
  /** Positive pays the expert more, negative takes back (never below the available balance). */
  readonly amountMinor: number;
  readonly currency: Currency;
  readonly reason: string;
  readonly idempotencyKey: string;
  readonly actorId: string;
}

export interface Ledger {
  /**
   * Credits an approved assignment once. Pass `within` (the server's open Kysely transaction that
   * sets the assignment to approved) to commit the status change and the credit together.
   */
  accrueApproval<DB>(input: ApprovalAccrual, within?: Transaction<DB>): Promise<Posted>;
  grantBonus(input: BonusGrant): Promise<Posted>;
  adjust(input: Adjustment): Promise<Posted>;
  /** Moves every accrual and bonus that occurred at or before `maturedBefore` to available. */
  releasePending(input: { expertId: string; maturedBefore: string }): Promise<Posted[]>;
  requestPayout(input: PayoutRequest): Promise<PayoutOutcome>;
  reversePayout(input: {
    payoutTransactionId: string;
    reason: string;
    actorId: string;
  }): Promise<Posted>;
  balances(expertId: string): Promise<CurrencyBalances[]>;
  statement(query: {
    expertId: string;
    currency: Currency;
    from: string;
    to: string;
  }): Promise<Statement>;
  transaction(id: string): Promise<LedgerTransaction | undefined>;
  verify(): Promise<LedgerCheck>;
}

export interface LedgerOptions<DB> {
  /** The server's Kysely instance (any table type; the ledger's tables come from migrateLedger). */
  readonly db: Kysely<DB>;
  readonly dialect: LedgerDialect;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly faults?: LedgerFaults;
}

/** The pay ledger over the server's database. Stateless: any number of server processes may share it. */
export function createLedger<DB>(options: LedgerOptions<DB>): Ledger {
  const ctx: LedgerContext = {
    db: options.db as unknown as Kysely<LedgerDatabase>,
    dialect: options.dialect,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? uuidv7,
    ...(options.faults ? { faults: options.faults } : {}),
  };

  return {
    async accrueApproval(input, within) {
      const earning = earningFor(
        { ...input.pay, currency: v.currency(input.pay.currency) },
        input.activeMs,
      );
      const approvedAt =
        input.approvedAt === undefined ? undefined : v.instant(input.approvedAt, 'approvedAt');
      return post(
        ctx,
        {
          uniqueKey: `accrual:${v.id(input.projectId, 'projectId')}:${v.id(input.assignmentId, 'assignmentId')}`,
          body: { ...input, approvedAt },
          kind: 'accrual',
          expertId: v.expertId(input.expertId),
          currency: earning.currency,
          amountMinor: v.amount(earning.amountMinor, 'positive'),
          projectId: input.projectId,
          taskId: v.id(input.taskId, 'taskId'),
          assignmentId: input.assignmentId,
          reviewId: v.id(input.reviewId, 'reviewId'),
          actorId: v.id(input.reviewerId, 'reviewerId'),
          memo: { earning },
          ...(approvedAt ? { occurredAt: approvedAt } : {}),
        },
        within as unknown as LedgerTrx | undefined,
      );
    },

    async grantBonus(input) {
      return post(ctx, {
        uniqueKey: `bonus:${v.expertId(input.expertId)}:${v.id(input.idempotencyKey, 'idempotencyKey')}`,
        body: input,
        kind: 'bonus',
        expertId: input.expertId,
        currency: v.currency(input.currency),
        amountMinor: v.amount(input.amountMinor, 'positive'),
        projectId: v.id(input.projectId, 'projectId'),
        taskId: input.taskId ?? null,
        assignmentId: input.assignmentId ?? null,
        reason: v.reason(input.reason),
        actorId: v.id(input.actorId, 'actorId'),
      });
    },

    async adjust(input) {
      return post(ctx, {
        uniqueKey: `adjustment:${v.expertId(input.expertId)}:${v.id(input.idempotencyKey, 'idempotencyKey')}`,
        body: input,
        kind: 'adjustment',
        expertId: input.expertId,
        currency: v.currency(input.currency),
        amountMinor: v.amount(input.amountMinor, 'non-zero'),
        projectId: input.projectId === null ? null : v.id(input.projectId, 'projectId'),
        reason: v.reason(input.reason),
        actorId: v.id(input.actorId, 'actorId'),
        guardAvailable: input.amountMinor < 0,
      });
    },

    async releasePending(input) {
      const cutoff = v.instant(input.maturedBefore, 'maturedBefore');
      const due = await ctx.db
        .selectFrom('ledger_transactions as t')
        // The amount still to release is the credit the source put on the pending account.
        .innerJoin('ledger_entries as e', (join) =>
          join
            .onRef('e.transaction_id', '=', 't.id')
            .on('e.account_code', '=', expertAccount(input.expertId, 'pending')),
        )
        .select([
          't.id',
          't.currency',
          't.project_id',
          't.task_id',
          't.assignment_id',
          'e.amount_minor',
        ])
        .where('t.expert_id', '=', v.expertId(input.expertId))
        .where('t.kind', 'in', ['accrual', 'bonus'])
        .where('t.occurred_at', '<=', cutoff)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('ledger_transactions as r')
                .select('r.id')
                .where('r.kind', '=', 'release')
                .whereRef('r.source_transaction_id', '=', 't.id'),
            ),
          ),
        )
        .orderBy('t.occurred_at')
        .orderBy('t.id')
        .execute();
      const released: Posted[] = [];
      for (const source of due)
        released.push(
          await post(ctx, {
            uniqueKey: `release:${source.id}`,
            body: { sourceTransactionId: source.id },
            kind: 'release',
            expertId: input.expertId,
            currency: v.currency(source.currency),
            amountMinor: toMinor(source.amount_minor),
            projectId: source.project_id,
            taskId: source.task_id,
            assignmentId: source.assignment_id,
            sourceTransactionId: source.id,
          }),
        );
      return released;
    },

    async requestPayout(input) {
      return requestPayout(ctx, {
        expertId: v.expertId(input.expertId),
        idempotencyKey: v.id(input.idempotencyKey, 'idempotencyKey'),
        amountMinor: v.amount(input.amountMinor, 'positive'),
        currency: v.currency(input.currency),
        ...(input.destination !== undefined
          ? { destination: v.id(input.destination, 'destination') }
          : {}),
      });
    },

    async reversePayout(input) {
      const payout = await findById(ctx.db, v.id(input.payoutTransactionId, 'payoutTransactionId'));
      if (!payout) throw new LedgerNotFoundError(`no transaction ${input.payoutTransactionId}`);
      if (payout.kind !== 'payout')
        throw new LedgerValidationError('only a payout can be reversed');
      return post(ctx, {
        uniqueKey: `payout-reversal:${payout.id}`,
        body: input,
        kind: 'payout-reversal',
        expertId: payout.expertId,
        currency: payout.currency,
        amountMinor: Math.abs(payout.entries[0]?.amountMinor ?? 0),
        sourceTransactionId: payout.id,
        reason: v.reason(input.reason),
        actorId: v.id(input.actorId, 'actorId'),
      });
    },

    balances: async (expertId) => balancesOf(ctx, v.expertId(expertId)),
    statement: async (query) =>
      statementOf(ctx, {
        expertId: v.expertId(query.expertId),
        currency: v.currency(query.currency),
        from: v.instant(query.from, 'from'),
        to: v.instant(query.to, 'to'),
      }),
    transaction: (id) => findById(ctx.db, id),
    verify: () => verifyLedger(ctx),
  };
}
