/** The pay ledger: what the server mounts. Money is owed by an organisation (see postings.ts). */
export { createLedger } from './ledger';
export type { Adjustment, ApprovalAccrual, BonusGrant, Ledger, LedgerOptions } from './ledger';
export { LEDGER_MIGRATIONS, migrateLedger } from './migrations';
export type { LedgerMigration } from './migrations';
export {
  IdempotencyConflictError,
  InsufficientFundsError,
  LedgerError,
  LedgerMigrationError,
  LedgerNotFoundError,
  LedgerValidationError,
  NoEarningsError,
  WrongOrganisationError,
} from './errors';
export type { PayoutOutcome, PayoutRecord, PayoutRequest } from './payouts';
export type { LedgerTransaction, Posted } from './post';
export type { OrganisationBalances } from './reads';
export type { LedgerCheck } from './verify';
export type { LedgerDatabase, LedgerDialect } from './schema';
