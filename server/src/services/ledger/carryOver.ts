/**
 * Carrying the pre-organisation balances into per-organisation books (ledger migration 0002).
 *
 * Before 0002 each expert had one pending and one available account, shared by every project and
 * organisation. The old rows stay exactly as they were (the ledger is append-only); for each
 * expert, currency and project one carry-over transaction closes the old accounts' share of that
 * project and opens the same balances in the project's accounts, in the books of the project's
 * organisation. Pending money is exact per project (accruals, bonuses and releases name their
 * project). Available money is what each project released or adjusted, less what was paid out;
 * old payouts named no project, so they are attributed to the projects the expert earned from,
 * oldest first — the rule payouts follow from now on. A project that took back more than it paid
 * (possible before 0002) is carried over below zero, for people to settle; verify() reports it.
 */
import type { Currency } from '../../../../shared/pay/money';
import {
  expertAccount,
  legacyExpertAccount,
  LEGACY_FUNDING,
  projectFunding,
  type AccountCode,
  type ExpertAccountKind,
  type Posting,
  type TransactionKind,
} from '../../../../shared/pay/postings';

/** One old line on one of the expert's accounts. */
export interface LegacyLine {
  readonly transactionId: string;
  readonly kind: TransactionKind;
  readonly projectId: string | null;
  readonly occurredAt: string;
  readonly account: ExpertAccountKind;
  readonly amountMinor: number;
}

export interface CarriedBalance {
  readonly projectId: string;
  readonly pendingMinor: number;
  readonly availableMinor: number;
  /** Old payouts (net of reversals) attributed to the project. */
  readonly paidMinor: number;
}

export interface CarryOverPlan {
  readonly balances: readonly CarriedBalance[];
  /** Old lines that name no project outside payouts: nobody can be said to owe them. */
  readonly unattributed: readonly string[];
}

/** What each project owes the expert, from the expert's old lines in one currency. */
export function planCarryOver(lines: readonly LegacyLine[]): CarryOverPlan {
  const projects = new Map<
    string,
    { firstAt: string; pendingMinor: number; availableMinor: number; paidMinor: number }
  >();
  const unattributed = new Set<string>();
  let paidMinor = 0;
  for (const line of lines) {
    if (line.kind === 'payout' || line.kind === 'payout-reversal') {
      if (line.account === 'available') paidMinor -= line.amountMinor;
      else unattributed.add(line.transactionId);
      continue;
    }
    if (line.projectId === null) {
      unattributed.add(line.transactionId);
      continue;
    }
    const p = projects.get(line.projectId) ?? {
      firstAt: line.occurredAt,
      pendingMinor: 0,
      availableMinor: 0,
      paidMinor: 0,
    };
    if (line.occurredAt < p.firstAt) p.firstAt = line.occurredAt;
    if (line.account === 'pending') p.pendingMinor += line.amountMinor;
    else p.availableMinor += line.amountMinor;
    projects.set(line.projectId, p);
  }
  const order = [...projects.entries()].sort(
    ([a, x], [b, y]) => x.firstAt.localeCompare(y.firstAt) || a.localeCompare(b),
  );
  let left = paidMinor;
  for (const [, p] of order) {
    if (left <= 0) break;
    const take = Math.min(left, Math.max(p.availableMinor, 0));
    p.availableMinor -= take;
    p.paidMinor += take;
    left -= take;
  }
  // Only a ledger whose old available balance was already below zero gets here: keep the totals.
  const first = order[0]?.[1];
  if (left > 0 && first) {
    first.availableMinor -= left;
    first.paidMinor += left;
  }
  return {
    balances: order
      .filter(([, p]) => p.pendingMinor !== 0 || p.availableMinor !== 0)
      .map(([projectId, p]) => ({
        projectId,
        pendingMinor: p.pendingMinor,
        availableMinor: p.availableMinor,
        paidMinor: p.paidMinor,
      })),
    unattributed: [...unattributed].sort(),
  };
}

/** The carry-over for one expert, currency and project, as the migration writes it. */
export interface CarryOver extends CarriedBalance {
  readonly expertId: string;
  readonly currency: Currency;
  readonly organisationId: string;
}

/**
 * Its lines: in the old books the project's share leaves the expert's accounts for the old funding
 * account; in the organisation's books the project's funding account opens the same balances in
 * the expert's project accounts. Each book balances on its own.
 */
export function carryOverPostings(c: CarryOver): readonly Posting[] {
  const total = c.pendingMinor + c.availableMinor;
  const org = c.organisationId;
  const lines: Posting[] = [];
  const add = (account: AccountCode, amountMinor: number, organisationId: string | null) => {
    if (amountMinor !== 0) lines.push({ account, amountMinor, organisationId });
  };
  add(legacyExpertAccount(c.expertId, 'pending'), -c.pendingMinor, null);
  add(legacyExpertAccount(c.expertId, 'available'), -c.availableMinor, null);
  add(LEGACY_FUNDING, total, null);
  add(projectFunding(c.projectId), -total, org);
  add(expertAccount(c.expertId, c.projectId, 'pending'), c.pendingMinor, org);
  add(expertAccount(c.expertId, c.projectId, 'available'), c.availableMinor, org);
  return lines;
}
