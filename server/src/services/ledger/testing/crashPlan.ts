import { asCurrency } from '../../../../../shared/pay/money';
import type { Ledger } from '../ledger';

const EUR = asCurrency('EUR');
const T0 = Date.parse('2026-03-01T00:00:00.000Z');
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

export type PlanOp =
  | { readonly kind: 'accrue'; readonly n: number }
  | { readonly kind: 'bonus'; readonly n: number }
  | { readonly kind: 'release'; readonly upTo: number }
  | { readonly kind: 'payout'; readonly n: number }
  | { readonly kind: 'clawback'; readonly n: number };

export const EXPERT = 'crash-expert';
/** The organisation that owns the crash plan's project and owes its money. */
export const ORGANISATION = 'crash-org';
export const PAYOUT_MINOR = 15_000;

export function accrualMinor(n: number): number {
  return 1000 + (n % 7) * 100;
}

/**
 * A deterministic day of work: 60 approvals, a release and a payout request every ten, a bonus
 * every fifteen and a clawback every twenty. Some payouts are accepted, some refused for funds.
 * Run from the start after every crash, every op is a replay until the first one not yet done.
 */
export function crashPlan(): PlanOp[] {
  const ops: PlanOp[] = [];
  for (let n = 0; n < 60; n++) {
    ops.push({ kind: 'accrue', n });
    if (n % 10 === 9) ops.push({ kind: 'release', upTo: n }, { kind: 'payout', n: (n + 1) / 10 });
    if (n % 15 === 14) ops.push({ kind: 'bonus', n });
    if (n % 20 === 19) ops.push({ kind: 'clawback', n });
  }
  return ops;
}

export async function runOp(ledger: Ledger, op: PlanOp): Promise<void> {
  switch (op.kind) {
    case 'accrue':
      await ledger.accrueApproval({
        projectId: 'p-crash',
        organisationId: ORGANISATION,
        assignmentId: `as-${op.n}`,
        taskId: `task-${op.n}`,
        expertId: EXPERT,
        reviewId: `rev-${op.n}`,
        reviewerId: 'reviewer',
        pay: { kind: 'per-task', rateMinor: accrualMinor(op.n), currency: EUR },
        approvedAt: at(op.n),
      });
      return;
    case 'release':
      await ledger.releasePending({ expertId: EXPERT, maturedBefore: at(op.upTo) });
      return;
    case 'payout':
      await ledger.requestPayout({
        expertId: EXPERT,
        organisationId: ORGANISATION,
        idempotencyKey: `payout-${op.n}`,
        amountMinor: PAYOUT_MINOR,
        currency: EUR,
      });
      return;
    case 'bonus':
      await ledger.grantBonus({
        expertId: EXPERT,
        projectId: 'p-crash',
        organisationId: ORGANISATION,
        amountMinor: 700,
        currency: EUR,
        reason: 'steady quality',
        idempotencyKey: `bonus-${op.n}`,
        actorId: 'reviewer',
      });
      return;
    case 'clawback':
      await ledger.adjust({
        expertId: EXPERT,
        projectId: 'p-crash',
        organisationId: ORGANISATION,
        amountMinor: -500,
        currency: EUR,
        reason: 'duplicate task paid by mistake',
        idempotencyKey: `clawback-${op.n}`,
        actorId: 'ops',
      });
  }
}
