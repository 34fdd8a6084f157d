/** Wire schemas of earnings, statements and payouts (server allow-lists, client checks). */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { Instant, Uuid } from '../model/annotationSchema';
import { TRANSACTION_KINDS } from './postings';

const Minor = Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER });
const Currency = Type.String({ pattern: '^[A-Z]{3}$' });
const NullableString = Type.Union([Type.String(), Type.Null()]);
/** What the ledger accepts as an idempotency key (and clients generate: a UUID fits). */
export const IdempotencyKey = Type.String({ pattern: '^[A-Za-z0-9._:-]{1,200}$' });

const Balances = Strict({ pendingMinor: Minor, availableMinor: Minor });

/** One organisation's statement for the expert in one currency (organisation null: the history). */
export const StatementSchema = Strict({
  expertId: Type.String(),
  organisationId: NullableString,
  currency: Currency,
  from: Instant,
  to: Instant,
  opening: Balances,
  closing: Balances,
  totals: Strict({
    earnedMinor: Minor,
    bonusesMinor: Minor,
    adjustmentsMinor: Minor,
    paidOutMinor: Minor,
    carriedOverMinor: Minor,
  }),
  lines: Type.Array(
    Strict({
      transactionId: Type.String(),
      occurredAt: Instant,
      kind: Type.Enum([...TRANSACTION_KINDS]),
      account: Type.Enum(['pending', 'available']),
      amountMinor: Minor,
      projectId: NullableString,
      taskId: NullableString,
      assignmentId: NullableString,
      reviewId: NullableString,
      sourceTransactionId: NullableString,
      reason: NullableString,
      detail: Type.String(),
      after: Balances,
    }),
  ),
});

export const EarningsSchema = Strict({
  /** What each organisation owes the expert, per currency. */
  balances: Type.Array(
    Strict({
      organisationId: Type.String(),
      currency: Currency,
      pendingMinor: Minor,
      availableMinor: Minor,
    }),
  ),
  /** One all-time statement per organisation and currency the expert has earned in. */
  statements: Type.Array(StatementSchema),
  /** Names for the ids on the balances and lines: who owes, for which project and task. */
  organisations: Type.Array(Strict({ id: Type.String(), name: Type.String() })),
  projects: Type.Array(Strict({ id: Uuid, name: Type.String() })),
  tasks: Type.Array(Strict({ id: Uuid, projectId: Uuid, title: Type.String() })),
  /** Hold period before approved earnings become available for payout. */
  holdDays: Type.Number(),
});
export type Earnings = Static<typeof EarningsSchema>;

/** A payout is asked of one organisation and draws only on what it owes the expert. */
export const PayoutBodySchema = Strict({
  idempotencyKey: IdempotencyKey,
  amountMinor: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  currency: Currency,
  organisationId: Type.String({ pattern: '^[A-Za-z0-9._-]{1,200}$' }),
});

export const PayoutResultSchema = Strict({
  payout: Strict({
    idempotencyKey: Type.String(),
    organisationId: NullableString,
    status: Type.Enum(['accepted', 'rejected']),
    transactionId: NullableString,
    amountMinor: Minor,
    currency: Currency,
    reason: NullableString,
    availableMinor: Minor,
    requestedAt: Instant,
  }),
  replayed: Type.Boolean(),
});
export type PayoutResult = Static<typeof PayoutResultSchema>;

export const BonusBodySchema = Strict({
  expertId: Uuid,
  amountMinor: Type.Integer({ minimum: 1, maximum: 1_000_000_000 }),
  reason: Type.String({ minLength: 1, maxLength: 2_000 }),
  idempotencyKey: IdempotencyKey,
  assignmentId: Type.Optional(Uuid),
});

export const AdjustmentBodySchema = Strict({
  expertId: Uuid,
  /**
   * Positive pays more; negative takes back, never more than the project accrued to the expert,
   * released and not yet paid out. Only a project that paid the expert for work may adjust them.
   */
  amountMinor: Type.Integer({ minimum: -1_000_000_000, maximum: 1_000_000_000 }),
  /** Shown to the expert on their statement. */
  reason: Type.String({ minLength: 1, maxLength: 2_000 }),
  idempotencyKey: IdempotencyKey,
});

export const PostedSchema = Strict({
  transactionId: Type.String(),
  kind: Type.Enum([...TRANSACTION_KINDS]),
  amountMinor: Minor,
  currency: Currency,
  replayed: Type.Boolean(),
});
export type PostedResult = Static<typeof PostedSchema>;
