import type { Brand } from '../model/ids';
import { assertMinor, MoneyError, type Currency } from './money';

/**
 * Ledger account codes. `platform:*` accounts are the platform's side; each expert has two:
 * `pending` holds approved earnings and bonuses still in the hold period, `available` what can be
 * paid out. `platform:payouts` collects money sent to experts.
 */
export type AccountCode = Brand<string, 'AccountCode'>;

export const PROJECT_FUNDING = 'platform:project-funding' as AccountCode;
export const PAYOUTS = 'platform:payouts' as AccountCode;

export type ExpertAccountKind = 'pending' | 'available';

export function expertAccount(expertId: string, kind: ExpertAccountKind): AccountCode {
  if (!/^[A-Za-z0-9._-]+$/.test(expertId)) throw new MoneyError(`bad expert id: ${expertId}`);
  return `expert:${expertId}:${kind}` as AccountCode;
}

export function parseExpertAccount(
  code: string,
): { expertId: string; kind: ExpertAccountKind } | undefined {
  const match = /^expert:([A-Za-z0-9._-]+):(pending|available)$/.exec(code);
  return match ? { expertId: match[1] ?? '', kind: match[2] as ExpertAccountKind } : undefined;
}

/**
 * One line of a transaction. Sign convention: a positive amount credits the account (its balance
 * rises), a negative amount debits it. A balanced transaction sums to zero, which is the same as
 * "sum of debits = sum of credits".
 */
export interface Posting {
  readonly account: AccountCode;
  readonly amountMinor: number;
}

export type TransactionKind =
  /** Approved work: project funding → expert pending. */
  | 'accrual'
  /** A bonus with a reason: project funding → expert pending. */
  | 'bonus'
  /** A correction with a reason, either sign: project funding ↔ expert available. */
  | 'adjustment'
  /** End of the hold period for one accrual or bonus: expert pending → expert available. */
  | 'release'
  /** Money sent to the expert: expert available → platform payouts. */
  | 'payout'
  /** A payout that failed to arrive: platform payouts → expert available. */
  | 'payout-reversal';

export const TRANSACTION_KINDS: readonly TransactionKind[] = [
  'accrual',
  'bonus',
  'adjustment',
  'release',
  'payout',
  'payout-reversal',
];

/** Kinds whose amount must be positive (an adjustment may take either sign, never zero). */
function requirePositive(kind: TransactionKind): boolean {
  return kind !== 'adjustment';
}

/** The postings for a transaction of `kind` moving `amountMinor` for one expert. */
export function postingsFor(
  kind: TransactionKind,
  expertId: string,
  amountMinor: number,
): readonly Posting[] {
  assertMinor(amountMinor);
  if (amountMinor === 0) throw new MoneyError(`a ${kind} of zero is not a transaction`);
  if (requirePositive(kind) && amountMinor < 0)
    throw new MoneyError(`a ${kind} must be positive, got ${amountMinor}`);
  const pending = expertAccount(expertId, 'pending');
  const available = expertAccount(expertId, 'available');
  const move = (from: AccountCode, to: AccountCode): Posting[] => [
    { account: from, amountMinor: -amountMinor },
    { account: to, amountMinor },
  ];
  switch (kind) {
    case 'accrual':
    case 'bonus':
      return move(PROJECT_FUNDING, pending);
    case 'adjustment':
      return move(PROJECT_FUNDING, available);
    case 'release':
      return move(pending, available);
    case 'payout':
      return move(available, PAYOUTS);
    case 'payout-reversal':
      return move(PAYOUTS, available);
  }
}

export class UnbalancedTransactionError extends Error {
  override readonly name = 'UnbalancedTransactionError';
}

/** The invariant every stored transaction satisfies: ≥ 2 non-zero lines that sum to zero. */
export function assertBalanced(postings: readonly Posting[], currency: Currency): void {
  if (postings.length < 2)
    throw new UnbalancedTransactionError('a transaction needs at least two postings');
  let sum = 0;
  for (const posting of postings) {
    assertMinor(posting.amountMinor);
    if (posting.amountMinor === 0)
      throw new UnbalancedTransactionError(`zero posting to ${posting.account}`);
    sum += posting.amountMinor;
  }
  if (sum !== 0)
    throw new UnbalancedTransactionError(`${currency} postings sum to ${sum}, not zero`);
}

/** Total debits and credits (as positive numbers) of a set of postings. */
export function debitsAndCredits(postings: Iterable<Posting>): { debits: number; credits: number } {
  let debits = 0;
  let credits = 0;
  for (const { amountMinor } of postings) {
    if (amountMinor < 0) debits -= amountMinor;
    else credits += amountMinor;
  }
  return { debits, credits };
}
