import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteByKeys, runsToDrop } from './deleteByKeys';

describe('runsToDrop', () => {
  it('covers only the keys to drop, in maximal runs', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(runsToDrop(keys, new Set(['a', 'b', 'd', 'f', 'g', 'z']))).toEqual([
      ['a', 'b'],
      ['d', 'd'],
      ['f', 'g'],
    ]);
    expect(runsToDrop(keys, new Set())).toEqual([]);
  });
});

describe('deleteByKeys', () => {
  let database: Dexie | undefined;
  afterEach(async () => {
    database?.close();
    if (database) await Dexie.delete(database.name);
  });

  it('deletes exactly the given keys (randomised)', async () => {
    database = new Dexie(`delete-by-keys-${Date.now()}-${Math.random()}`);
    database.version(1).stores({ rows: 'id' });
    const rows = database.table<{ id: string }, string>('rows');
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let round = 0; round < 20; round++) {
      const all = Array.from({ length: 60 }, (_, i) => `k${String(i).padStart(3, '0')}`);
      await rows.clear();
      await rows.bulkPut(all.filter(() => random() < 0.8).map((id) => ({ id })));
      const before = await rows.toCollection().primaryKeys();
      const drop = all.filter(() => random() < 0.5);
      await database.transaction('rw', rows, () => deleteByKeys(rows, drop));
      const gone = new Set(drop);
      expect(await rows.toCollection().primaryKeys()).toEqual(before.filter((k) => !gone.has(k)));
    }
  });
});
