import type { Brand } from '../model/ids';
import { assertMinor, MoneyError, type Currency } from './money';

/**
 * Ledger account codes. Money is owed by an organisation, so every account belongs to one
 * organisation's books: each project has a funding account (`project:<P>:funding`), each expert two
 * accounts per project that paid them (`expert:<E>:project:<P>:pending|available`: pending holds
 * approved earnings and bonuses still in the hold period, available what can be paid out), and each
 * organisation one account that collects what it paid out (`org:<O>:payouts`). A project's accounts
 * are in its organisation's books; no transaction of one organisation touches another's.
 *
 * Before per-organisation books (ledger migration 0002) there was one platform-wide set:
 * `platform:project-funding`, `platform:payouts` and `expert:<E>:pending|available`. Their rows are
 * kept as history (in no organisation's books) and their balances were carried over; nothing posts
 * to them any more.
 */
export type AccountCode = Brand<string, 'AccountCode'>;

export type ExpertAccountKind = 'pending' | 'available';

/** Ids inside account codes: no ':' (the separator), nothing a LIKE pattern or a log could misread. */
const ID_RE = /^[A-Za-z0-9._-]{1,200}$/;

function part(id: string, what: string): string {
  if (!ID_RE.test(id)) throw new MoneyError(`bad ${what} id: ${id}`);
  return id;
}

export function projectFunding(projectId: string): AccountCode {
  return `project:${part(projectId, 'project')}:funding` as AccountCode;
}

export function expertAccount(
  expertId: string,
  projectId: string,
  kind: ExpertAccountKind,
): AccountCode {
  return `expert:${part(expertId, 'expert')}:project:${part(projectId, 'project')}:${kind}` as AccountCode;
}

export function organisationPayouts(organisationId: string): AccountCode {
  return `org:${part(organisationId, 'organisation')}:payouts` as AccountCode;
}

/** The pre-organisation accounts, for reading history and for the carry-over (never posted to). */
export const LEGACY_FUNDING = 'platform:project-funding' as AccountCode;
export const LEGACY_PAYOUTS = 'platform:payouts' as AccountCode;
export function legacyExpertAccount(expertId: string, kind: ExpertAccountKind): AccountCode {
  return `expert:${part(expertId, 'expert')}:${kind}` as AccountCode;
}

export interface ExpertAccountName {
  readonly expertId: string;
  /** null for a pre-organisation account. */
  readonly projectId: string | null;
  readonly kind: ExpertAccountKind;
}

export function parseExpertAccount(code: string): ExpertAccountName | undefined {
  const current = /^expert:([A-Za-z0-9._-]+):project:([A-Za-z0-9._-]+):(pending|available)$/.exec(
    code,
  );
  if (current)
    return {
      expertId: current[1] ?? '',
      projectId: current[2] ?? '',
      kind: current[3] as ExpertAccountKind,
    };
  const legacy = /^expert:([A-Za-z0-9._-]+):(pending|available)$/.exec(code);
  return legacy
    ? { expertId: legacy[1] ?? '', projectId: null, kind: legacy[2] as ExpertAccountKind }
    : undefined;
}

/** The project an account code names (funding or an expert's project account), if any. */
export function projectOfAccount(code: string): string | null {
  const funding = /^project:([A-Za-z0-9._-]+):funding$/.exec(code);
  if (funding) return funding[1] ?? null;
  return parseExpertAccount(code)?.projectId ?? null;
}

/**
 * One line of a transaction. Sign convention: a positive amount credits the account (its balance
 * rises), a negative amount debits it. A balanced transaction sums to zero in every organisation's
 * books, which is the same as "sum of debits = sum of credits" per organisation.
 */
export interface Posting {
  readonly account: AccountCode;
  readonly amountMinor: number;
  /** Whose books the line is in; null only for pre-organisation history. */
  readonly organisationId: string | null;
}

export type TransactionKind =
  /** Approved work: project funding → expert pending (in that project). */
  | 'accrual'
  /** A bonus with a reason: project funding → expert pending. */
  | 'bonus'
  /** A correction with a reason, either sign: project funding ↔ expert available. */
  | 'adjustment'
  /** End of the hold period for one accrual or bonus: expert pending → expert available. */
  | 'release'
  /** Money sent to the expert by one organisation: its project accounts → its payouts account. */
  | 'payout'
  /** A payout that failed to arrive: every line of the payout, reversed. */
  | 'payout-reversal'
  /** A pre-organisation balance brought into a project's accounts (ledger migration 0002). */
  | 'carry-over';

export const TRANSACTION_KINDS: readonly TransactionKind[] = [
  'accrual',
  'bonus',
  'adjustment',
  'release',
  'payout',
  'payout-reversal',
  'carry-over',
];

/** Who a project transaction concerns: the expert, the project, and the organisation that owes. */
export interface ProjectParty {
  readonly expertId: string;
  readonly projectId: string;
  readonly organisationId: string;
}

/** The postings of a project transaction of `kind` moving `amountMinor` for one expert. */
export function postingsFor(
  kind: 'accrual' | 'bonus' | 'adjustment' | 'release',
  party: ProjectParty,
  amountMinor: number,
): readonly Posting[] {
  assertMinor(amountMinor);
  if (amountMinor === 0) throw new MoneyError(`a ${kind} of zero is not a transaction`);
  if (kind !== 'adjustment' && amountMinor < 0)
    throw new MoneyError(`a ${kind} must be positive, got ${amountMinor}`);
  const book = party.organisationId;
  part(book, 'organisation');
  const funding = projectFunding(party.projectId);
  const pending = expertAccount(party.expertId, party.projectId, 'pending');
  const available = expertAccount(party.expertId, party.projectId, 'available');
  const move = (from: AccountCode, to: AccountCode): Posting[] => [
    { account: from, amountMinor: -amountMinor, organisationId: book },
    { account: to, amountMinor, organisationId: book },
  ];
  switch (kind) {
    case 'accrual':
    case 'bonus':
      return move(funding, pending);
    case 'adjustment':
      return move(funding, available);
    case 'release':
      return move(pending, available);
  }
}

/** One project account a payout draws on, in the order it draws. */
export interface PayoutSource {
  readonly projectId: string;
  readonly availableMinor: number;
}

export type PayoutDraw =
  | { readonly ok: true; readonly draws: readonly PayoutSource[] }
  | { readonly ok: false; readonly availableMinor: number };

/**
 * How a payout from one organisation draws on that organisation's project accounts of the expert:
 * it is covered when the organisation's total available balance covers it (a project account that
 * went below zero counts against it), and it draws on the accounts in the order given (oldest
 * first), each as far as it is positive, so every line of the payout names the project it settles.
 */
export function drawPayout(sources: readonly PayoutSource[], amountMinor: number): PayoutDraw {
  assertMinor(amountMinor);
  if (amountMinor <= 0) throw new MoneyError('a payout must be positive');
  const availableMinor = sources.reduce((sum, s) => sum + s.availableMinor, 0);
  if (availableMinor < amountMinor) return { ok: false, availableMinor };
  const draws: PayoutSource[] = [];
  let left = amountMinor;
  for (const source of sources) {
    if (left === 0) break;
    if (source.availableMinor <= 0) continue;
    const take = Math.min(left, source.availableMinor);
    draws.push({ projectId: source.projectId, availableMinor: take });
    left -= take;
  }
  return { ok: true, draws };
}

/** A payout's lines: each draw debits a project account; the organisation's payouts account collects. */
export function payoutPostings(
  expertId: string,
  organisationId: string,
  draws: readonly PayoutSource[],
): readonly Posting[] {
  const lines: Posting[] = draws.map((d) => ({
    account: expertAccount(expertId, d.projectId, 'available'),
    amountMinor: -d.availableMinor,
    organisationId,
  }));
  const total = draws.reduce((sum, d) => sum + d.availableMinor, 0);
  lines.push({ account: organisationPayouts(organisationId), amountMinor: total, organisationId });
  return lines;
}

/** A reversal returns every line of the reversed transaction to where it came from. */
export function reversalPostings(original: readonly Posting[]): readonly Posting[] {
  return original.map((p) => ({ ...p, amountMinor: -p.amountMinor }));
}

export class UnbalancedTransactionError extends Error {
  override readonly name = 'UnbalancedTransactionError';
}

/**
 * The invariant every stored transaction satisfies: non-zero lines that sum to zero in each
 * organisation's books, with at least two lines in each.
 */
export function assertBalanced(postings: readonly Posting[], currency: Currency): void {
  const books = new Map<string | null, { sum: number; lines: number }>();
  for (const posting of postings) {
    assertMinor(posting.amountMinor);
    if (posting.amountMinor === 0)
      throw new UnbalancedTransactionError(`zero posting to ${posting.account}`);
    const book = books.get(posting.organisationId) ?? { sum: 0, lines: 0 };
    book.sum += posting.amountMinor;
    book.lines += 1;
    books.set(posting.organisationId, book);
  }
  if (books.size === 0) throw new UnbalancedTransactionError('a transaction needs postings');
  for (const [organisation, book] of books) {
    const whose = organisation ?? 'pre-organisation';
    if (book.lines < 2)
      throw new UnbalancedTransactionError(`${whose} books need at least two postings`);
    if (book.sum !== 0)
      throw new UnbalancedTransactionError(
        `${currency} postings in ${whose} books sum to ${book.sum}, not zero`,
      );
  }
}

/** Total debits and credits (as positive numbers) of a set of postings. */
export function debitsAndCredits(postings: Iterable<Pick<Posting, 'amountMinor'>>): {
  debits: number;
  credits: number;
} {
  let debits = 0;
  let credits = 0;
  for (const { amountMinor } of postings) {
    if (amountMinor < 0) debits -= amountMinor;
    else credits += amountMinor;
  }
  return { debits, credits };
}
