/** The pay ledger: what the server mounts (see the module's README section in the issue note). */
export { createLedger } from './ledger';
export type { Adjustment, ApprovalAccrual, BonusGrant, Ledger, LedgerOptions } from './ledger';
export { LEDGER_MIGRATIONS, migrateLedger } from './migrations';
export type { LedgerMigration } from './migrations';
export {
  IdempotencyConflictError,
  InsufficientFundsError,
  LedgerError,
  LedgerNotFoundError,
  LedgerValidationError,
} from './errors';
export type { PayoutOutcome, PayoutRecord, PayoutRequest } from './payouts';
export type { LedgerTransaction, Posted } from './post';
export type { CurrencyBalances, LedgerCheck } from './reads';
export type { LedgerDatabase, LedgerDialect } from './schema';
