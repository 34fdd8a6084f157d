/**
 * Our side, with the app's own code: the renderer's sync engine over its Dexie database, and
 * offline edits through the annotation store's write path (annotation and outbox row in one
 * transaction).
 */
import type { Annotation } from '../../../shared/model/annotation';
import { putAnnotations } from '../../../renderer/src/db/annotations';
import { GlossatorDb } from '../../../renderer/src/db/schema';
import { createSyncEngine, type SyncStatus } from '../../../renderer/src/sync/engine';
import { refreshProjects } from '../../../renderer/src/sync/offline';
import { editedAnnotation } from '../records';
import type { FirstSync, OfflineEdits, Target } from './api';
import { benchCaller, type BenchCaller } from './caller';

function engineFor(database: GlossatorDb, caller: BenchCaller, statuses: SyncStatus[]) {
  return createSyncEngine({
    db: database,
    call: caller.call,
    onStatus: (status) => statuses.push(status),
    projects: async (refresh) =>
      refresh
        ? refreshProjects(database, caller.call)
        : (await database.projects.toCollection().primaryKeys()).map(String),
    // Offline, the engine must wait for the reconnect rather than retry on its own.
    retryBaseMs: 600_000,
    retryCapMs: 600_000,
  });
}

export async function oursFirstSync(target: Target, dbName: string): Promise<FirstSync> {
  const database = new GlossatorDb(dbName);
  await database.open();
  const caller = benchCaller(target);
  const statuses: SyncStatus[] = [];
  const engine = engineFor(database, caller, statuses);
  const start = performance.now();
  engine.start();
  await engine.idle();
  const ms = performance.now() - start;
  const last = engine.status();
  engine.stop();
  if (last.phase !== 'idle')
    throw new Error(`the first sync ended ${last.phase}: ${last.message ?? ''}`);
  const local = await database.annotations.count();
  const outbox = await database.outbox.count();
  database.close();
  if (outbox !== 0) throw new Error(`${outbox} outbox rows after a first sync`);
  return {
    ms,
    local,
    pulled: last.pulled ?? 0,
    pages: caller.log.filter((l) => l.op === 'sync.pull').length,
  };
}

export async function oursOfflineEdits(
  target: Target,
  dbName: string,
  count: number,
  round: number,
  group: number,
): Promise<OfflineEdits> {
  const database = new GlossatorDb(dbName);
  await database.open();
  const caller = benchCaller(target);
  const statuses: SyncStatus[] = [];
  const engine = engineFor(database, caller, statuses);
  caller.online = false;
  engine.start();
  await engine.idle();
  if (engine.status().phase !== 'offline')
    throw new Error(`expected the engine offline, it is ${engine.status().phase}`);

  const annotations: Annotation[] = await database.annotations.limit(count).toArray();
  if (annotations.length !== count) throw new Error(`only ${annotations.length} to edit`);
  const editStart = performance.now();
  // Through the store's write path, `group` edits a call (one transaction; an outbox row each):
  // the outbox ends up the same as with one edit a call, in a fraction of the bench's time.
  for (let from = 0; from < annotations.length; from += group)
    await putAnnotations(
      database,
      annotations.slice(from, from + group).map((a) => editedAnnotation(a, round)),
    );
  const editMs = performance.now() - editStart;
  const waiting = await database.outbox.count();

  caller.online = true;
  caller.log.length = 0;
  const start = performance.now();
  engine.retryNow();
  await engine.idle();
  const idleMs = performance.now() - start;
  // The engine pulls only once the outbox is empty: the first other call marks the push's end.
  const pushEnd = caller.log.find((l) => l.op !== 'sync.push')?.at ?? performance.now();
  const last = engine.status();
  engine.stop();
  if (last.phase !== 'idle')
    throw new Error(`the sync after reconnecting ended ${last.phase}: ${last.message ?? ''}`);
  const outboxAfter = await database.outbox.count();
  const rejectedAfter = await database.rejected.count();
  database.close();
  return {
    editMs,
    waiting,
    pushMs: pushEnd - start,
    idleMs,
    pushed: last.pushed ?? 0,
    pushRequests: caller.log.filter((l) => l.op === 'sync.push').length,
    pushCallMs: caller.log
      .filter((l) => l.op === 'sync.push')
      .reduce((sum, l) => sum + (l.at - l.start), 0),
    outboxAfter,
    rejectedAfter,
  };
}
