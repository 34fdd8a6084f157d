import { assertMinor, MoneyError, type Currency, type Money } from './money';

const MS_PER_HOUR = 3_600_000n;

/** How a project pays for an approved assignment (docs/ARCHITECTURE.md "Pay": per task or hourly). */
export type PayRule =
  | { readonly kind: 'per-task'; readonly rateMinor: number; readonly currency: Currency }
  | {
      readonly kind: 'hourly';
      /** Minor units per hour of reconciled active time. */
      readonly rateMinor: number;
      readonly currency: Currency;
    };

/** What was paid and how it was computed, kept on the ledger line so the expert can check it. */
export interface Earning extends Money {
  readonly rule: PayRule['kind'];
  readonly rateMinor: number;
  /** Reconciled active milliseconds (hourly rule only). */
  readonly activeMs?: number;
}

/**
 * Reconciled active time × hourly rate, in minor units. Exact integer arithmetic; a half minor
 * unit rounds up (in the expert's favour), anything less rounds down.
 */
export function hourlyAmountMinor(activeMs: number, rateMinorPerHour: number): number {
  if (!Number.isSafeInteger(activeMs) || activeMs < 0)
    throw new MoneyError(`active time must be a non-negative integer of ms, got ${activeMs}`);
  assertMinor(rateMinorPerHour, 'rate');
  if (rateMinorPerHour < 0) throw new MoneyError('a rate cannot be negative');
  const scaled = BigInt(activeMs) * BigInt(rateMinorPerHour);
  const amount = Number((scaled * 2n + MS_PER_HOUR) / (MS_PER_HOUR * 2n));
  assertMinor(amount);
  return amount;
}

/** The earning for one approved assignment; hourly rules need the reconciled active time. */
export function earningFor(rule: PayRule, activeMs?: number): Earning {
  assertMinor(rule.rateMinor, 'rate');
  if (rule.rateMinor < 0) throw new MoneyError('a rate cannot be negative');
  if (rule.kind === 'per-task')
    return {
      amountMinor: rule.rateMinor,
      currency: rule.currency,
      rule: rule.kind,
      rateMinor: rule.rateMinor,
    };
  if (activeMs === undefined)
    throw new MoneyError('an hourly project needs the reconciled active time');
  return {
    amountMinor: hourlyAmountMinor(activeMs, rule.rateMinor),
    currency: rule.currency,
    rule: rule.kind,
    rateMinor: rule.rateMinor,
    activeMs,
  };
}
