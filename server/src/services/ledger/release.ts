import { postingsFor } from '../../../../shared/pay/postings';
import { post, type LedgerContext, type Posted } from './post';
import { toMinor } from './schema';
import * as v from './validate';

/**
 * Ends the hold period of every accrual and bonus of the expert that occurred at or before
 * `maturedBefore` and was not released yet: each moves, once, from the expert's pending account in
 * its project to their available account there, in the books of the project's organisation. The
 * amount is what the source credited to pending — also for sources from before per-organisation
 * books, whose pending money was carried over into the project's account.
 */
export async function releasePending(
  ctx: LedgerContext,
  input: { expertId: string; maturedBefore: string },
): Promise<Posted[]> {
  const due = await ctx.db
    .selectFrom('ledger_transactions as t')
    // The source's one credit to the expert: its pending line.
    .innerJoin('ledger_entries as e', (join) =>
      join
        .onRef('e.transaction_id', '=', 't.id')
        .on('e.expert_id', '=', input.expertId)
        .on('e.amount_minor', '>', 0),
    )
    .innerJoin('ledger_projects as p', 'p.project_id', 't.project_id')
    .select([
      't.id',
      't.currency',
      't.project_id',
      't.task_id',
      't.assignment_id',
      'p.organisation_id',
      'e.amount_minor',
    ])
    .where('t.expert_id', '=', input.expertId)
    .where('t.kind', 'in', ['accrual', 'bonus'])
    .where('t.occurred_at', '<=', input.maturedBefore)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('ledger_transactions as r')
            .select('r.id')
            .where('r.kind', '=', 'release')
            .whereRef('r.source_transaction_id', '=', 't.id'),
        ),
      ),
    )
    .orderBy('t.occurred_at')
    .orderBy('t.id')
    .execute();
  const released: Posted[] = [];
  for (const source of due) {
    const projectId = source.project_id ?? '';
    const who = { expertId: input.expertId, projectId, organisationId: source.organisation_id };
    released.push(
      await post(ctx, {
        uniqueKey: `release:${source.id}`,
        body: { sourceTransactionId: source.id },
        kind: 'release',
        expertId: input.expertId,
        currency: v.currency(source.currency),
        organisationId: source.organisation_id,
        lines: postingsFor('release', who, toMinor(source.amount_minor)),
        projectId,
        taskId: source.task_id,
        assignmentId: source.assignment_id,
        sourceTransactionId: source.id,
      }),
    );
  }
  return released;
}
