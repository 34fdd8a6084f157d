import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';
import { compiledOnce } from './compiledOnce';
import { openDatabase, type Db } from './database';
import { migrate } from './migrate';

describe.each(testDatabaseKinds())('compiledOnce on $dialect', (kind) => {
  let t: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    t = await kind.create();
    db = openDatabase(t);
    await migrate(db);
    const now = new Date().toISOString();
    await db.kysely
      .insertInto('organisations')
      .values([
        { id: 'o1', name: 'One', created_at: now },
        { id: 'o2', name: 'Two', created_at: now },
      ])
      .execute();
  });
  afterAll(async () => {
    await db?.close();
    await t?.dispose();
  });

  // The parameters appear in the compiled query in another order than the function takes them,
  // beside a constant that must stay as compiled.
  const named = compiledOnce((k, name: string, id: string) =>
    k
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('id', '=', id)
      .where('name', '=', name)
      .where('id', '!=', 'never'),
  );

  it('runs with each call’s parameters, in their places, constants kept', async () => {
    expect((await named(db.kysely, 'One', 'o1')).rows).toEqual([{ id: 'o1', name: 'One' }]);
    expect((await named(db.kysely, 'Two', 'o2')).rows).toEqual([{ id: 'o2', name: 'Two' }]);
    expect((await named(db.kysely, 'One', 'o2')).rows).toEqual([]);
  });

  it('refuses a build that does not use each parameter exactly once', async () => {
    const twice = compiledOnce((k, id: string) =>
      k.selectFrom('organisations').select('id').where('id', '=', id).where('name', '=', id),
    );
    await expect(twice(db.kysely, 'o1')).rejects.toThrow(/exactly once/);
    const unused = compiledOnce((k, _id: string) => k.selectFrom('organisations').select('id'));
    await expect(unused(db.kysely, 'o1')).rejects.toThrow(/exactly once/);
  });
});
