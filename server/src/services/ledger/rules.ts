/**
 * The posting rules that keep each organisation to what it owes, checked inside the write
 * transaction that posts (so they hold under concurrency, whatever route or job calls the ledger):
 * a project's books are kept by one organisation; only a project that paid an expert for work may
 * give them a bonus or adjust them; a take-back never exceeds what the project accrued to the
 * expert and has not paid.
 */
import { expertAccount } from '../../../../shared/pay/postings';
import { InsufficientFundsError, NoEarningsError, WrongOrganisationError } from './errors';
import type { LedgerDialect } from './schema';
import { lockAccount, type LedgerTrx } from './writeTransaction';
import { accountBalance } from './post';

/**
 * Records which organisation funds a project at its first posting and refuses any other after:
 * whatever a caller passes, one project's money never moves in two organisations' books.
 */
export async function ensureProjectBook(
  trx: LedgerTrx,
  projectId: string,
  organisationId: string,
  nowIso: string,
): Promise<void> {
  await trx
    .insertInto('ledger_projects')
    .values({ project_id: projectId, organisation_id: organisationId, created_at: nowIso })
    .onConflict((oc) => oc.column('project_id').doNothing())
    .execute();
  const book = await trx
    .selectFrom('ledger_projects')
    .select('organisation_id')
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  if (book.organisation_id !== organisationId) throw new WrongOrganisationError(projectId);
}

/** The organisation that funds `projectId`, if it ever posted. */
export async function organisationOf(
  trx: LedgerTrx,
  projectId: string,
): Promise<string | undefined> {
  const book = await trx
    .selectFrom('ledger_projects')
    .select('organisation_id')
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return book?.organisation_id;
}

/**
 * Whether the project paid the expert for work: an accrual (approved work) or a balance carried
 * over from before per-organisation books. Membership or an offer is not enough.
 */
export async function requireEarnings(
  trx: LedgerTrx,
  projectId: string,
  expertId: string,
): Promise<void> {
  const earned = await trx
    .selectFrom('ledger_transactions')
    .select('id')
    .where('project_id', '=', projectId)
    .where('expert_id', '=', expertId)
    .where('kind', 'in', ['accrual', 'carry-over'])
    .limit(1)
    .executeTakeFirst();
  if (!earned) throw new NoEarningsError(projectId, expertId);
}

/** The expert's available account in the project, locked for a debit. */
export async function lockTakeBack(
  trx: LedgerTrx,
  dialect: LedgerDialect,
  party: { expertId: string; projectId: string; organisationId: string; currency: string },
  nowIso: string,
): Promise<void> {
  await lockAccount(
    trx,
    dialect,
    {
      code: expertAccount(party.expertId, party.projectId, 'available'),
      currency: party.currency,
      expertId: party.expertId,
      organisationId: party.organisationId,
      projectId: party.projectId,
    },
    nowIso,
  );
}

/**
 * A take-back of `amountMinor` (negative) is covered by what the project accrued to the expert,
 * released from hold and not yet paid out: the balance of their available account in the project.
 */
export async function guardTakeBack(
  trx: LedgerTrx,
  party: { expertId: string; projectId: string; currency: string },
  amountMinor: number,
): Promise<void> {
  const balance = await accountBalance(
    trx,
    expertAccount(party.expertId, party.projectId, 'available'),
    party.currency,
  );
  if (balance + amountMinor < 0) throw new InsufficientFundsError(balance, -amountMinor);
}
