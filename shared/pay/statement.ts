import { formatMinor, sumMinor, type Currency } from './money';
import type { Earning } from './earnings';
import type { ExpertAccountKind, TransactionKind } from './postings';

export interface ExpertBalances {
  readonly pendingMinor: number;
  readonly availableMinor: number;
}

/**
 * One movement on one of the expert's accounts. Every line names the transaction it belongs to and,
 * where there is one, the task, assignment and review decision that caused it; a release or
 * payout reversal names the transaction it settles (`sourceTransactionId`).
 */
export interface StatementEntry {
  readonly transactionId: string;
  /** ISO-8601 UTC instant of the business event (approval, request), set by the server. */
  readonly occurredAt: string;
  readonly kind: TransactionKind;
  readonly account: ExpertAccountKind;
  readonly amountMinor: number;
  /** The project whose account moved (for a payout: the project it drew on). */
  readonly projectId: string | null;
  readonly taskId: string | null;
  readonly assignmentId: string | null;
  readonly reviewId: string | null;
  readonly sourceTransactionId: string | null;
  readonly reason: string | null;
  /** How the amount was computed, in words (see describeEarning). */
  readonly detail: string;
}

export interface StatementLine extends StatementEntry {
  /** Balances right after this line. */
  readonly after: ExpertBalances;
}

/**
 * What one organisation owes one expert in one currency, and how it came to be. `organisationId`
 * null is the pre-organisation history (before ledger migration 0002), which closes at zero: its
 * balances were carried over into the organisations' statements.
 */
export interface Statement {
  readonly expertId: string;
  readonly organisationId: string | null;
  readonly currency: Currency;
  /** Inclusive start and exclusive end, ISO-8601 UTC. */
  readonly from: string;
  readonly to: string;
  readonly opening: ExpertBalances;
  readonly lines: readonly StatementLine[];
  readonly closing: ExpertBalances;
  readonly totals: {
    readonly earnedMinor: number;
    readonly bonusesMinor: number;
    readonly adjustmentsMinor: number;
    readonly paidOutMinor: number;
    /** Balances brought over from (or, in the history, out to) the pre-organisation books. */
    readonly carriedOverMinor: number;
  };
}

/** Orders entries, runs the balances from `opening`, and sums what the period earned and paid. */
export function buildStatement(input: {
  readonly expertId: string;
  readonly organisationId: string | null;
  readonly currency: Currency;
  readonly from: string;
  readonly to: string;
  readonly opening: ExpertBalances;
  readonly entries: readonly StatementEntry[];
}): Statement {
  const entries = [...input.entries].sort(
    (a, b) =>
      cmp(a.occurredAt, b.occurredAt) ||
      cmp(a.transactionId, b.transactionId) ||
      ACCOUNT_ORDER[a.account] - ACCOUNT_ORDER[b.account] ||
      cmp(a.projectId ?? '', b.projectId ?? ''),
  );
  let pendingMinor = input.opening.pendingMinor;
  let availableMinor = input.opening.availableMinor;
  const lines = entries.map((entry): StatementLine => {
    if (entry.account === 'pending') pendingMinor = sumMinor([pendingMinor, entry.amountMinor]);
    else availableMinor = sumMinor([availableMinor, entry.amountMinor]);
    return { ...entry, after: { pendingMinor, availableMinor } };
  });
  const total = (kind: TransactionKind, account: ExpertAccountKind): number =>
    sumMinor(
      entries.filter((e) => e.kind === kind && e.account === account).map((e) => e.amountMinor),
    );
  const carriedOver = entries.filter((e) => e.kind === 'carry-over').map((e) => e.amountMinor);
  return {
    expertId: input.expertId,
    organisationId: input.organisationId,
    currency: input.currency,
    from: input.from,
    to: input.to,
    opening: input.opening,
    lines,
    closing: { pendingMinor, availableMinor },
    totals: {
      earnedMinor: total('accrual', 'pending'),
      bonusesMinor: total('bonus', 'pending'),
      adjustmentsMinor: total('adjustment', 'available'),
      paidOutMinor:
        0 - sumMinor([total('payout', 'available'), total('payout-reversal', 'available')]),
      carriedOverMinor: sumMinor(carriedOver),
    },
  };
}

/** Within a transaction the pending side comes first, so a release reads "out of pending, into available". */
const ACCOUNT_ORDER: Record<ExpertAccountKind, number> = { pending: 0, available: 1 };

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `h:mm:ss` of a duration in ms (rounded down to the second). */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** "per task 25.00 EUR" or "1:30:00 × 40.00 EUR/h": how an earning was computed, in words. */
export function describeEarning(earning: Earning): string {
  const rate = `${formatMinor(earning.rateMinor, earning.currency)} ${earning.currency}`;
  if (earning.rule === 'per-task') return `per task ${rate}`;
  return `${formatDuration(earning.activeMs ?? 0)} active × ${rate}/h`;
}
