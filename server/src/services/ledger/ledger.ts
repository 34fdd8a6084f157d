import type { Kysely, Transaction } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { earningFor, type PayRule } from '../../../../shared/pay/earnings';
import type { Currency } from '../../../../shared/pay/money';
import { postingsFor, type ProjectParty } from '../../../../shared/pay/postings';
import type { Statement } from '../../../../shared/pay/statement';
import { requestPayout, reversePayout, type PayoutOutcome, type PayoutRequest } from './payouts';
import {
  findById,
  post,
  type LedgerContext,
  type LedgerFaults,
  type LedgerTransaction,
  type Posted,
} from './post';
import { balancesOf, booksOf, statementOf, type OrganisationBalances } from './reads';
import { releasePending } from './release';
import { ensureProjectBook, guardTakeBack, lockTakeBack, requireEarnings } from './rules';
import type { LedgerDatabase, LedgerDialect } from './schema';
import { verifyLedger, type LedgerCheck } from './verify';
import type { LedgerTrx } from './writeTransaction';
import * as v from './validate';

/** An approved assignment to pay: called once the review approves (see task status 'approved'). */
export interface ApprovalAccrual {
  readonly projectId: string;
  /** The organisation that owns the project: it owes the earning. */
  readonly organisationId: string;
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

/** Extra pay for work in a project, owed by the project's organisation. */
export interface BonusGrant {
  readonly expertId: string;
  readonly projectId: string;
  readonly organisationId: string;
  readonly amountMinor: number;
  readonly currency: Currency;
  /** Shown to the expert on the statement line. */
  readonly reason: string;
  readonly idempotencyKey: string;
  readonly actorId: string;
  readonly taskId?: string;
  readonly assignmentId?: string;
}

/** A correction by a project of what it owes an expert. */
export interface Adjustment {
  readonly expertId: string;
  readonly projectId: string;
  readonly organisationId: string;
  /**
   * Positive pays the expert more; negative takes back, never more than the project accrued to
   * them, released and not yet paid out.
   */
  readonly amountMinor: number;
  readonly currency: Currency;
  /** Shown to the expert on the statement line. */
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
  /** Only a project that paid the expert for work may (NoEarningsError otherwise). */
  grantBonus(input: BonusGrant): Promise<Posted>;
  /** Only a project that paid the expert for work may; a take-back only what it owes them. */
  adjust(input: Adjustment): Promise<Posted>;
  /** Moves every accrual and bonus that occurred at or before `maturedBefore` to available. */
  releasePending(input: { expertId: string; maturedBefore: string }): Promise<Posted[]>;
  /** A payout drawn on what one organisation owes the expert. */
  requestPayout(input: PayoutRequest): Promise<PayoutOutcome>;
  reversePayout(input: {
    payoutTransactionId: string;
    reason: string;
    actorId: string;
  }): Promise<Posted>;
  /** Per organisation and currency. */
  balances(expertId: string): Promise<OrganisationBalances[]>;
  /** The (organisation, currency) pairs the expert has statement lines in; null is the history. */
  books(expertId: string): Promise<{ organisationId: string | null; currency: Currency }[]>;
  statement(query: {
    expertId: string;
    organisationId: string | null;
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

function party(input: {
  expertId: string;
  projectId: string;
  organisationId: string;
}): ProjectParty {
  return {
    expertId: v.expertId(input.expertId),
    projectId: v.codeId(input.projectId, 'project id'),
    organisationId: v.codeId(input.organisationId, 'organisation id'),
  };
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
      const who = party(input);
      const earning = earningFor(
        { ...input.pay, currency: v.currency(input.pay.currency) },
        input.activeMs,
      );
      const approvedAt =
        input.approvedAt === undefined ? undefined : v.instant(input.approvedAt, 'approvedAt');
      return post(
        ctx,
        {
          uniqueKey: `accrual:${who.projectId}:${v.id(input.assignmentId, 'assignmentId')}`,
          body: { ...input, approvedAt },
          kind: 'accrual',
          expertId: who.expertId,
          currency: earning.currency,
          organisationId: who.organisationId,
          lines: postingsFor('accrual', who, v.amount(earning.amountMinor, 'positive')),
          projectId: who.projectId,
          taskId: v.id(input.taskId, 'taskId'),
          assignmentId: input.assignmentId,
          reviewId: v.id(input.reviewId, 'reviewId'),
          actorId: v.id(input.reviewerId, 'reviewerId'),
          memo: { earning },
          ...(approvedAt ? { occurredAt: approvedAt } : {}),
          prepare: (trx, nowIso) =>
            ensureProjectBook(trx, who.projectId, who.organisationId, nowIso),
        },
        within as unknown as LedgerTrx | undefined,
      );
    },

    async grantBonus(input) {
      const who = party(input);
      return post(ctx, {
        uniqueKey: `bonus:${who.projectId}:${who.expertId}:${v.id(input.idempotencyKey, 'idempotencyKey')}`,
        body: input,
        kind: 'bonus',
        expertId: who.expertId,
        currency: v.currency(input.currency),
        organisationId: who.organisationId,
        lines: postingsFor('bonus', who, v.amount(input.amountMinor, 'positive')),
        projectId: who.projectId,
        taskId: input.taskId ?? null,
        assignmentId: input.assignmentId ?? null,
        reason: v.reason(input.reason),
        actorId: v.id(input.actorId, 'actorId'),
        prepare: (trx, nowIso) => ensureProjectBook(trx, who.projectId, who.organisationId, nowIso),
        check: (trx) => requireEarnings(trx, who.projectId, who.expertId),
      });
    },

    async adjust(input) {
      const who = party(input);
      const currency = v.currency(input.currency);
      const amountMinor = v.amount(input.amountMinor, 'non-zero');
      const takeBack = amountMinor < 0;
      return post(ctx, {
        uniqueKey: `adjustment:${who.projectId}:${who.expertId}:${v.id(input.idempotencyKey, 'idempotencyKey')}`,
        body: input,
        kind: 'adjustment',
        expertId: who.expertId,
        currency,
        organisationId: who.organisationId,
        lines: postingsFor('adjustment', who, amountMinor),
        projectId: who.projectId,
        reason: v.reason(input.reason),
        actorId: v.id(input.actorId, 'actorId'),
        prepare: async (trx, nowIso) => {
          await ensureProjectBook(trx, who.projectId, who.organisationId, nowIso);
          if (takeBack) await lockTakeBack(trx, ctx.dialect, { ...who, currency }, nowIso);
        },
        check: async (trx) => {
          await requireEarnings(trx, who.projectId, who.expertId);
          if (takeBack) await guardTakeBack(trx, { ...who, currency }, amountMinor);
        },
      });
    },

    releasePending: (input) =>
      releasePending(ctx, {
        expertId: v.expertId(input.expertId),
        maturedBefore: v.instant(input.maturedBefore, 'maturedBefore'),
      }),

    async requestPayout(input) {
      return requestPayout(ctx, {
        expertId: v.expertId(input.expertId),
        organisationId: v.codeId(input.organisationId, 'organisation id'),
        idempotencyKey: v.id(input.idempotencyKey, 'idempotencyKey'),
        amountMinor: v.amount(input.amountMinor, 'positive'),
        currency: v.currency(input.currency),
        ...(input.destination !== undefined
          ? { destination: v.id(input.destination, 'destination') }
          : {}),
      });
    },

    reversePayout: (input) =>
      reversePayout(ctx, {
        payoutTransactionId: v.id(input.payoutTransactionId, 'payoutTransactionId'),
        reason: v.reason(input.reason),
        actorId: v.id(input.actorId, 'actorId'),
      }),

    balances: async (expertId) => balancesOf(ctx, v.expertId(expertId)),
    books: async (expertId) => booksOf(ctx, v.expertId(expertId)),
    statement: async (query) =>
      statementOf(ctx, {
        expertId: v.expertId(query.expertId),
        organisationId:
          query.organisationId === null ? null : v.codeId(query.organisationId, 'organisation id'),
        currency: v.currency(query.currency),
        from: v.instant(query.from, 'from'),
        to: v.instant(query.to, 'to'),
      }),
    transaction: (id) => findById(ctx.db, id),
    verify: () => verifyLedger(ctx),
  };
}
