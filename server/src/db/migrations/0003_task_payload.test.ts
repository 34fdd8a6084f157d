import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { migrate, MIGRATIONS } from '../migrate';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';

describe.each(testDatabaseKinds())('migration 0003_task_payload on $dialect', (kind) => {
  const made: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of made) await t.dispose();
  });

  it('adds a nullable payload to tasks, keeping the tasks already there', async () => {
    const t = await kind.create();
    made.push(t);
    const db = openDatabase(t);
    try {
      const before = MIGRATIONS.filter((m) => m.name !== '0003_task_payload');
      expect(await migrate(db, before)).not.toContain('0003_task_payload');
      const old = db.kysely as unknown as Kysely<{
        tasks: {
          project_id: string;
          id: string;
          document_id: string;
          title: string;
          status: string;
          created_at: string;
        };
      }>;
      const task = {
        project_id: 'p',
        document_id: 'd',
        title: 'Label it',
        status: 'open',
        created_at: '2025-01-01T00:00:00.000Z',
      };
      await old
        .insertInto('tasks')
        .values({ ...task, id: 't1' })
        .execute();
      expect(await migrate(db)).toEqual(['0003_task_payload']);
      await db.kysely
        .insertInto('tasks')
        .values({ ...task, status: 'open', id: 't2', payload: '{"kind":"answerReview"}' })
        .execute();
      const rows = await db.kysely
        .selectFrom('tasks')
        .select(['id', 'payload'])
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { id: 't1', payload: null },
        { id: 't2', payload: '{"kind":"answerReview"}' },
      ]);
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
