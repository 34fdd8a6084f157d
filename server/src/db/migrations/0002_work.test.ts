import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { migrate, MIGRATIONS } from '../migrate';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';

describe.each(testDatabaseKinds())('migration 0002_work on $dialect', (kind) => {
  const made: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of made) await t.dispose();
  });

  it('renames rejected assignments to returned and adds the work tables', async () => {
    const t = await kind.create();
    made.push(t);
    const db = openDatabase(t);
    try {
      expect(await migrate(db, MIGRATIONS.slice(0, 1))).toEqual(['0001_initial']);
      const row = {
        project_id: 'p',
        task_id: 't',
        expert_id: 'e',
        reason: 'span 3 is wrong',
        created_at: '2025-01-01T00:00:00.000Z',
        updated_at: '2025-01-01T00:00:00.000Z',
      };
      // Written as the first schema knew it (no round, due date or timestamps yet).
      const old = db.kysely as unknown as Kysely<{
        assignments: typeof row & { id: string; status: string };
      }>;
      await old
        .insertInto('assignments')
        .values([
          { ...row, id: 'a1', status: 'rejected' },
          { ...row, id: 'a2', task_id: 't2', status: 'approved' },
        ])
        .execute();
      expect(await migrate(db)).toEqual([
        '0002_vetting',
        '0002_work',
        'ledger_0001_initial',
        '0003_task_payload',
      ]);
      const rows = await db.kysely
        .selectFrom('assignments')
        .select(['id', 'status', 'round', 'due_at', 'accepted_at', 'submitted_at'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        {
          id: 'a1',
          status: 'returned',
          round: 0,
          due_at: null,
          accepted_at: null,
          submitted_at: null,
        },
        {
          id: 'a2',
          status: 'approved',
          round: 0,
          due_at: null,
          accepted_at: null,
          submitted_at: null,
        },
      ]);
      const work = db.kysely as unknown as Kysely<Record<string, { x: 1 }>>;
      for (const table of [
        'work_settings',
        'work_submissions',
        'work_reviews',
        'work_adjudications',
        'work_time_batches',
        'work_paid_time',
        'gold_keys',
        'gold_scores',
        'ledger_transactions',
      ])
        await expect(work.selectFrom(table).selectAll().execute()).resolves.toEqual([]);
    } finally {
      await db.close();
    }
  });
});
