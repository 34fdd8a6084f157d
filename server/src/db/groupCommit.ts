import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export type WriteTransaction = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

interface Job {
  readonly work: (trx: Transaction<Database>) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite. With `synchronous=FULL` every commit waits for the disk, and SQLite
 * writes one transaction at a time, so concurrent pushes share one transaction (one sync to disk)
 * instead of paying one each. Each unit runs in its own savepoint, so one that fails rolls back
 * alone; none is answered before the shared commit is durable.
 */
export function createGroupCommitter(db: Kysely<Database>, maxGroup = 64): WriteTransaction {
  const queue: Job[] = [];
  let running = false;

  async function runGroup(group: Job[]): Promise<void> {
    const trx = await db.startTransaction().execute();
    const settled: { ok: boolean; value: unknown }[] = [];
    try {
      for (const [index, job] of group.entries()) {
        const name = `unit${index}`;
        const savepoint = await trx.savepoint(name).execute();
        try {
          const value = await job.work(savepoint);
          await savepoint.releaseSavepoint(name).execute();
          settled.push({ ok: true, value });
        } catch (error) {
          await savepoint.rollbackToSavepoint(name).execute();
          await savepoint.releaseSavepoint(name).execute();
          settled.push({ ok: false, value: error });
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      for (const job of group) job.reject(error);
      return;
    }
    settled.forEach((result, i) =>
      result.ok ? group[i]!.resolve(result.value) : group[i]!.reject(result.value),
    );
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        // Let pending I/O run first: requests that arrived meanwhile join this group.
        await new Promise((resolve) => setImmediate(resolve));
        await runGroup(queue.splice(0, maxGroup));
      }
    } finally {
      running = false;
    }
  }

  return <T>(work: (trx: Transaction<Database>) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!running) void drain();
    });
}

/** PostgreSQL commits concurrently (and groups commits itself): one transaction per unit. */
export function perUnitTransactions(db: Kysely<Database>): WriteTransaction {
  return (work) => db.transaction().execute(work);
}
