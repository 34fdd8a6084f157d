/**
 * Ledger rows in the shape migration 0001 left them, written the way the ledger wrote them before
 * per-organisation books: one pending and one available account per expert, shared by every
 * project, `platform:project-funding` and `platform:payouts`. For the migration 0002 tests.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { LedgerDatabase } from '../schema';

const FUNDING = 'platform:project-funding';
const PAYOUTS = 'platform:payouts';
const acct = (expertId: string, kind: 'pending' | 'available') => `expert:${expertId}:${kind}`;

export interface LegacyWriter {
  accrual(at: string, projectId: string, amount: number, assignmentId?: string): Promise<string>;
  bonus(at: string, projectId: string, amount: number): Promise<string>;
  /** projectId null was possible through the ledger's API (never through the server's routes). */
  adjustment(at: string, projectId: string | null, amount: number): Promise<string>;
  release(at: string, sourceId: string): Promise<string>;
  payout(at: string, amount: number): Promise<string>;
  reversal(at: string, payoutId: string): Promise<string>;
}

export function legacyWriter(
  db: Kysely<LedgerDatabase>,
  expertId: string,
  currency = 'EUR',
): LegacyWriter {
  const amounts = new Map<string, { amount: number; projectId: string | null }>();
  async function write(
    kind: string,
    at: string,
    lines: [string, number][],
    more: { projectId?: string | null; assignmentId?: string; sourceId?: string } = {},
  ): Promise<string> {
    const id = uuidv7();
    for (const [code] of lines)
      await db
        .insertInto('ledger_accounts')
        .values({
          code,
          currency,
          expert_id: code.startsWith('expert:') ? expertId : null,
          created_at: at,
        })
        .onConflict((oc) => oc.columns(['code', 'currency']).doNothing())
        .execute();
    await db
      .insertInto('ledger_transactions')
      .values({
        id,
        unique_key: `${kind}:${expertId}:${id}`,
        request_body: '{}',
        kind,
        currency,
        expert_id: expertId,
        project_id: more.projectId ?? null,
        task_id: null,
        assignment_id: more.assignmentId ?? null,
        review_id: null,
        source_transaction_id: more.sourceId ?? null,
        reason: kind === 'adjustment' || kind === 'bonus' ? `old ${kind}` : null,
        actor_id: null,
        memo: '{}',
        occurred_at: at,
        recorded_at: at,
      })
      .execute();
    await db
      .insertInto('ledger_entries')
      .values(
        lines.map(([code, amount], line) => ({
          transaction_id: id,
          line,
          account_code: code,
          currency,
          expert_id: code.startsWith('expert:') ? expertId : null,
          amount_minor: amount,
        })),
      )
      .execute();
    const credit = lines.find(([, a]) => a > 0)?.[1] ?? 0;
    amounts.set(id, { amount: credit, projectId: more.projectId ?? null });
    return id;
  }
  const pending = acct(expertId, 'pending');
  const available = acct(expertId, 'available');
  return {
    accrual: (at, projectId, amount, assignmentId = uuidv7()) =>
      write(
        'accrual',
        at,
        [
          [FUNDING, -amount],
          [pending, amount],
        ],
        { projectId, assignmentId },
      ),
    bonus: (at, projectId, amount) =>
      write(
        'bonus',
        at,
        [
          [FUNDING, -amount],
          [pending, amount],
        ],
        { projectId },
      ),
    adjustment: (at, projectId, amount) =>
      write(
        'adjustment',
        at,
        [
          [FUNDING, -amount],
          [available, amount],
        ],
        { projectId },
      ),
    release: (at, sourceId) => {
      const source = amounts.get(sourceId);
      if (!source) throw new Error(`no source ${sourceId}`);
      return write(
        'release',
        at,
        [
          [pending, -source.amount],
          [available, source.amount],
        ],
        { projectId: source.projectId, sourceId },
      );
    },
    payout: (at, amount) =>
      write('payout', at, [
        [available, -amount],
        [PAYOUTS, amount],
      ]),
    reversal: (at, payoutId) => {
      const paid = amounts.get(payoutId)?.amount ?? 0;
      return write(
        'payout-reversal',
        at,
        [
          [PAYOUTS, -paid],
          [available, paid],
        ],
        { sourceId: payoutId },
      );
    },
  };
}
