/**
 * Ledger migration 0002: books per organisation. Adds whose-books columns, the project → funding
 * organisation table and the `carry-over` kind, then carries every expert's old balances into the
 * books of their projects' organisations (see carryOver.ts). Each project's organisation is read
 * from the server's `projects` table, which shares the ledger's database. Self-contained on
 * purpose: it writes the rows of 0002's schema, whatever later code and migrations do.
 */
import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { asCurrency } from '../../../../shared/pay/money';
import {
  parseExpertAccount,
  projectOfAccount,
  type TransactionKind,
} from '../../../../shared/pay/postings';
import { canonicalJson } from './canonicalJson';
import { carryOverPostings, planCarryOver, type CarryOver, type LegacyLine } from './carryOver';
import { LedgerMigrationError } from './errors';
import { toMinor, type LedgerDatabase, type LedgerDialect } from './schema';

const KINDS = "('accrual','bonus','adjustment','release','payout','payout-reversal','carry-over')";

/** SQLite cannot alter a CHECK: the transactions table is copied into one with the new kinds. */
async function rebuildTransactionsOnSqlite(db: Kysely<unknown>): Promise<void> {
  // Inside the migration's transaction: the entries' and payouts' references are checked at
  // commit, when every transaction row is back under its id.
  await sql`pragma defer_foreign_keys = on`.execute(db);
  await sql`create table ledger_transactions_0001 as select * from ledger_transactions`.execute(db);
  await sql`drop table ledger_transactions`.execute(db);
  await db.schema
    .createTable('ledger_transactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unique_key', 'text', (c) => c.notNull().unique())
    .addColumn('request_body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in ${KINDS}`)))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('expert_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('assignment_id', 'text')
    .addColumn('review_id', 'text')
    .addColumn('source_transaction_id', 'text', (c) => c.references('ledger_transactions.id'))
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('memo', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text')
    .execute();
  await sql`insert into ledger_transactions (id, unique_key, request_body, kind, currency,
      expert_id, project_id, task_id, assignment_id, review_id, source_transaction_id, reason,
      actor_id, memo, occurred_at, recorded_at)
    select id, unique_key, request_body, kind, currency, expert_id, project_id, task_id,
      assignment_id, review_id, source_transaction_id, reason, actor_id, memo, occurred_at,
      recorded_at from ledger_transactions_0001`.execute(db);
  await sql`drop table ledger_transactions_0001`.execute(db);
  await sql`create unique index ledger_one_accrual_per_assignment
    on ledger_transactions (project_id, assignment_id) where kind = 'accrual'`.execute(db);
  await sql`create unique index ledger_one_settlement_per_source
    on ledger_transactions (kind, source_transaction_id) where source_transaction_id is not null`.execute(
    db,
  );
  await sql`create index ledger_transactions_by_expert
    on ledger_transactions (expert_id, occurred_at)`.execute(db);
}

async function schema(db: Kysely<unknown>, dialect: LedgerDialect): Promise<void> {
  await db.schema
    .createTable('ledger_projects')
    .addColumn('project_id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['organisation_id', 'project_id'])
    await db.schema.alterTable('ledger_accounts').addColumn(column, 'text').execute();
  await db.schema.alterTable('ledger_entries').addColumn('organisation_id', 'text').execute();
  await db.schema
    .alterTable('ledger_payout_requests')
    .addColumn('organisation_id', 'text')
    .execute();
  if (dialect === 'postgres') {
    await db.schema
      .alterTable('ledger_transactions')
      .addColumn('organisation_id', 'text')
      .execute();
    await sql`alter table ledger_transactions drop constraint ledger_transactions_kind_check`.execute(
      db,
    );
    await sql
      .raw(
        `alter table ledger_transactions add constraint ledger_transactions_kind_check
      check (kind in ${KINDS})`,
      )
      .execute(db);
  } else await rebuildTransactionsOnSqlite(db);
  // Has this project paid this expert (bonus and adjustment rule)?
  await sql`create index ledger_transactions_by_project_expert
    on ledger_transactions (project_id, expert_id)`.execute(db);
  // A payout's accounts: the expert's in one organisation's books.
  await sql`create index ledger_accounts_by_expert_book
    on ledger_accounts (expert_id, organisation_id, currency)`.execute(db);
}

/** Organisation of each project, from the server's table (null where the project is unknown). */
async function organisationsOf(
  db: Kysely<unknown>,
  projectIds: readonly string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < projectIds.length; i += 500) {
    const batch = projectIds.slice(i, i + 500);
    try {
      const rows = await sql<{ id: string; organisation_id: string }>`select id, organisation_id
        from projects where id in (${sql.join(batch)})`.execute(db);
      for (const r of rows.rows) found.set(r.id, r.organisation_id);
    } catch (error) {
      throw new LedgerMigrationError(
        `the ledger holds money of projects ${batch.slice(0, 5).join(', ')} but their organisations cannot be read (${String(error)})`,
      );
    }
  }
  return found;
}

async function legacyLines(ledger: Kysely<LedgerDatabase>) {
  const rows = await ledger
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .select([
      'e.expert_id',
      'e.currency',
      'e.account_code',
      'e.amount_minor',
      't.id',
      't.kind',
      't.project_id',
      't.occurred_at',
    ])
    .where('e.expert_id', 'is not', null)
    .orderBy('e.expert_id')
    .orderBy('e.currency')
    .orderBy('t.occurred_at')
    .orderBy('t.id')
    .execute();
  const groups = new Map<string, { expertId: string; currency: string; lines: LegacyLine[] }>();
  for (const r of rows) {
    const account = parseExpertAccount(r.account_code);
    if (!account || r.expert_id === null) continue;
    const key = `${r.expert_id} ${r.currency}`;
    const group = groups.get(key) ?? { expertId: r.expert_id, currency: r.currency, lines: [] };
    group.lines.push({
      transactionId: r.id,
      kind: r.kind as TransactionKind,
      projectId: r.project_id,
      occurredAt: r.occurred_at,
      account: account.kind,
      amountMinor: toMinor(r.amount_minor),
    });
    groups.set(key, group);
  }
  return [...groups.values()];
}

async function writeCarryOver(ledger: Kysely<LedgerDatabase>, c: CarryOver, nowIso: string) {
  const id = uuidv7();
  const lines = carryOverPostings(c);
  await ledger
    .insertInto('ledger_transactions')
    .values({
      id,
      unique_key: `carry-over:${c.expertId}:${c.projectId}:${c.currency}`,
      request_body: canonicalJson(c),
      kind: 'carry-over',
      currency: c.currency,
      expert_id: c.expertId,
      organisation_id: c.organisationId,
      project_id: c.projectId,
      task_id: null,
      assignment_id: null,
      review_id: null,
      source_transaction_id: null,
      reason: null,
      actor_id: null,
      memo: canonicalJson({
        pendingMinor: c.pendingMinor,
        availableMinor: c.availableMinor,
        paidMinor: c.paidMinor,
      }),
      occurred_at: nowIso,
      recorded_at: nowIso,
    })
    .execute();
  for (const line of lines)
    await ledger
      .insertInto('ledger_accounts')
      .values({
        code: line.account,
        currency: c.currency,
        expert_id: parseExpertAccount(line.account)?.expertId ?? null,
        organisation_id: line.organisationId,
        project_id: line.organisationId === null ? null : projectOfAccount(line.account),
        created_at: nowIso,
      })
      .onConflict((oc) => oc.columns(['code', 'currency']).doNothing())
      .execute();
  await ledger
    .insertInto('ledger_entries')
    .values(
      lines.map((line, n) => ({
        transaction_id: id,
        line: n,
        account_code: line.account,
        currency: c.currency,
        expert_id: parseExpertAccount(line.account)?.expertId ?? null,
        organisation_id: line.organisationId,
        amount_minor: line.amountMinor,
      })),
    )
    .execute();
}

/** Carries every old balance over; refuses (so a person decides) what no organisation owes. */
async function carryOverAll(db: Kysely<unknown>, nowIso: string): Promise<void> {
  const ledger = db as unknown as Kysely<LedgerDatabase>;
  const projectRows = await ledger
    .selectFrom('ledger_transactions')
    .select('project_id')
    .where('project_id', 'is not', null)
    .groupBy('project_id')
    .execute();
  const projectIds = projectRows.flatMap((r) => (r.project_id ? [r.project_id] : []));
  const groups = await legacyLines(ledger);
  if (projectIds.length === 0 && groups.length === 0) return;
  const owners = await organisationsOf(db, projectIds);
  const unknown = projectIds.filter((p) => !owners.has(p));
  if (unknown.length > 0)
    throw new LedgerMigrationError(
      `no organisation is known for projects ${unknown.slice(0, 10).join(', ')}; their money has no owner`,
    );
  for (const [projectId, organisationId] of owners)
    await ledger
      .insertInto('ledger_projects')
      .values({ project_id: projectId, organisation_id: organisationId, created_at: nowIso })
      .execute();
  for (const group of groups) {
    const plan = planCarryOver(group.lines);
    if (plan.unattributed.length > 0)
      throw new LedgerMigrationError(
        `transactions ${plan.unattributed.slice(0, 10).join(', ')} of expert ${group.expertId} name no project, so no organisation owes them; settle them by hand first`,
      );
    for (const balance of plan.balances)
      await writeCarryOver(
        ledger,
        {
          ...balance,
          expertId: group.expertId,
          currency: asCurrency(group.currency),
          organisationId: owners.get(balance.projectId) ?? '',
        },
        nowIso,
      );
  }
}

export async function booksPerOrganisation(
  db: Kysely<unknown>,
  dialect: LedgerDialect,
): Promise<void> {
  await schema(db, dialect);
  await carryOverAll(db, new Date().toISOString());
}
