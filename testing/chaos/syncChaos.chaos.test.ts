/**
 * Sync chaos, end to end through real processes:
 *
 *   renderer sync engine + Dexie (this process, fake-indexeddb: the page, which survives)
 *     ⇄ WebSocket ⇄ web host (electron/webhost/cli.ts: tokens, HTTP, SSE) — SIGKILLed 20 times
 *     ⇄ loopback proxy: pushes delayed, duplicated, reordered, 20% of acknowledgements dropped
 *     ⇄ platform (testing/chaos/platformChild.ts) — SIGKILLed between commit and response
 *
 * 10,000 annotations are created offline, and more are created, edited and deleted between kills.
 * After the faults stop and the engine is quiet, the platform (read through its API) and the
 * client hold the same ids with the same content hashes, nothing twice, and the outbox is empty.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/model/annotation';
import { newId, type AnnotationId, type DocumentId, type ProjectId } from '../../shared/model/ids';
import type { PullResponse } from '../../shared/sync/protocol';
import { deleteAnnotations, putAnnotations } from '../../renderer/src/db/annotations';
import { GlossatorDb } from '../../renderer/src/db/schema';
import { createSyncEngine, type SyncEngine } from '../../renderer/src/sync/engine';
import { startLoopbackProxy, NO_FAULTS } from './loopbackProxy';
import { NodeBridge } from './nodeBridge';
import { CHAOS_EXPERT, CHAOS_TEXT, type ChaosFixture } from './platformChild';
import { startChild, startWebHost, type Child, type WebHostChild } from './processes';

const ANNOTATIONS = Number(process.env.CHAOS_ANNOTATIONS ?? 10_000);
const WEB_HOST_KILLS = Number(process.env.CHAOS_WEBHOST_KILLS ?? 20);
const SERVER_KILLS = Number(process.env.CHAOS_SERVER_KILLS ?? 6);
const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Content hash over sorted keys, so the same annotation hashes the same on both sides. */
function hash(value: unknown): string {
  const stable = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(stable)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(stable(value)))
    .digest('hex');
}

describe('sync chaos (real web host, proxy and platform processes)', () => {
  it(`keeps ${ANNOTATIONS} annotations whole through ${WEB_HOST_KILLS} web-host kills, server kills and a faulty network`, async () => {
    const random = rng(SEED);
    console.log(`chaos seed ${SEED} (CHAOS_SEED=${SEED} replays the fault choices)`);
    const dir = mkdtempSync(join(tmpdir(), 'glossator-chaos-'));
    const proxy = await startLoopbackProxy({ random });
    let serverKills = 0;
    let fixture: ChaosFixture | undefined;
    let platform: Child | undefined;
    let stopping = false;

    const startPlatform = async (): Promise<void> => {
      // A fixed port: the platform announces its public URL (the proxy), not where it listens.
      const platformPort = await freePort();
      const child = startChild('testing/chaos/platformChild.ts', {
        GLOSSATOR_DATA_DIR: join(dir, 'platform'),
        PORT: String(platformPort),
        GLOSSATOR_PUBLIC_URL: proxy.url,
        CHAOS_KILL_AFTER_COMMIT: serverKills < SERVER_KILLS && !stopping ? '0.2' : '0',
      });
      platform = child;
      await child.waitFor(/^listening on (\S+)$/);
      fixture = JSON.parse((await child.waitFor(/^\{.*\}$/))[0]) as ChaosFixture;
      proxy.setTarget(`http://127.0.0.1:${platformPort}`);
      void child.exited.then((how) => {
        if (how !== 'SIGKILL' || child !== platform) return;
        serverKills++;
        void startPlatform();
      });
    };
    await startPlatform();
    const { projectId, documentId } = fixture!;

    const port = await freePort();
    const bridge = new NodeBridge();
    let webHost: WebHostChild;
    const connect = async (): Promise<void> => {
      webHost = await startWebHost(port, join(dir, 'webhost'), proxy.url);
      await bridge.connect(webHost.url, webHost.token);
      // The web host keeps tokens in memory only: every new one signs in again.
      for (let attempt = 0; ; attempt++) {
        try {
          await bridge.signIn(CHAOS_EXPERT);
          return;
        } catch (error) {
          if (attempt > 40) throw error;
          await sleep(250);
        }
      }
    };
    await connect();

    const database = new GlossatorDb(`chaos-${SEED}`);
    const phases: string[] = [];
    const engine: SyncEngine = createSyncEngine({
      db: database,
      call: bridge.call,
      onStatus: (s) => phases.push(s.phase),
      projects: () => Promise.resolve([projectId]),
      pushBatch: 100,
      pullLimit: 250,
      retryBaseMs: 50,
      retryCapMs: 1_000,
      random,
    });
    bridge.on('platform:poke', () => engine.request(projectId));

    const live = new Set<string>();
    let counter = 0;
    const make = (): Annotation => {
      const start = Math.floor(random() * (CHAOS_TEXT.length - 40));
      const end = start + 1 + Math.floor(random() * 30);
      counter++;
      return {
        id: newId<AnnotationId>(),
        projectId: projectId as ProjectId,
        documentId: documentId as DocumentId,
        target: {
          kind: 'span',
          position: { start, end },
          quote: {
            exact: CHAOS_TEXT.slice(start, end),
            prefix: CHAOS_TEXT.slice(Math.max(0, start - 10), start),
            suffix: CHAOS_TEXT.slice(end, end + 10),
          },
        },
        body: { labels: [random() < 0.5 ? 'indemnity' : 'cap'], rationale: `n${counter}` },
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      };
    };
    for (let i = 0; i < ANNOTATIONS; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, ANNOTATIONS - i) }, make);
      await putAnnotations(database, batch);
      for (const a of batch) live.add(a.id);
    }
    const churn = async (): Promise<void> => {
      const ids = [...live];
      const pickSome = (n: number) =>
        Array.from({ length: n }, () => ids[Math.floor(random() * ids.length)]!);
      const edited = (await database.annotations.bulkGet(pickSome(30) as AnnotationId[])).filter(
        (a): a is Annotation => a !== undefined,
      );
      await putAnnotations(
        database,
        edited.map((a) => ({ ...a, body: { ...a.body, rationale: `edited ${counter++}` } })),
      );
      const gone = [...new Set(pickSome(10))];
      await deleteAnnotations(database, gone as AnnotationId[]);
      for (const id of gone) live.delete(id);
      const fresh = Array.from({ length: 20 }, make);
      await putAnnotations(database, fresh);
      for (const a of fresh) live.add(a.id);
    };

    proxy.setFaults({ dropAck: 0.2, duplicate: 0.2, reorder: 0.1, delay: 0.3, maxDelayMs: 300 });
    engine.start();
    let killsDuringSync = 0;
    for (let k = 0; k < WEB_HOST_KILLS; k++) {
      await sleep(150 + random() * 1200);
      await churn();
      if ((await database.outbox.count()) > 0) killsDuringSync++;
      await webHost!.kill('SIGKILL');
      await sleep(random() * 300);
      await connect();
      engine.retryNow();
    }

    // Quiescence: no more faults; sync until nothing is pending and a last pull is done.
    stopping = true;
    proxy.setFaults(NO_FAULTS);
    const deadline = Date.now() + 240_000;
    for (;;) {
      engine.retryNow();
      await engine.idle();
      const quiet = engine.status().phase === 'idle' && (await database.outbox.count()) === 0;
      if (quiet) break;
      if (Date.now() > deadline)
        throw new Error(`no quiescence: ${JSON.stringify([engine.status(), proxy.stats])}`);
      await sleep(200);
    }

    // The platform's state, read through its API as the expert (a fresh cursor).
    const server = new Map<string, unknown>();
    let cursor = '';
    for (;;) {
      const result = await bridge.call('sync.pull', { projectId, cursor, limit: 1000 });
      if (!result.ok) throw new Error(`pull failed: ${JSON.stringify(result)}`);
      const page = result.data as PullResponse;
      for (const change of page.changes) {
        expect(server.has(change.annotationId)).toBe(false); // each annotation once
        if (!change.deleted) server.set(change.annotationId, change.annotation);
      }
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const client = new Map(
      (await database.annotations.where('projectId').equals(projectId).toArray()).map((a) => [
        a.id as string,
        a,
      ]),
    );
    console.log(
      JSON.stringify({
        seed: SEED,
        webHostKills: WEB_HOST_KILLS,
        killsDuringSync,
        serverKills,
        annotations: live.size,
        proxy: proxy.stats,
      }),
    );
    expect([...server.keys()].sort()).toEqual([...live].sort());
    expect([...client.keys()].sort()).toEqual([...live].sort());
    for (const [id, annotation] of server) expect(hash(client.get(id)), id).toBe(hash(annotation));
    expect(await database.outbox.count()).toBe(0);
    expect(await database.baseCopies.count()).toBe(0);
    expect(await database.rejected.count()).toBe(0);
    expect(killsDuringSync).toBe(WEB_HOST_KILLS);
    expect(serverKills).toBeGreaterThanOrEqual(Math.min(SERVER_KILLS, 1));
    expect(proxy.stats.droppedAcks).toBeGreaterThan(0);

    engine.stop();
    await engine.idle();
    bridge.close();
    await webHost!.kill();
    await platform?.kill();
    await proxy.close();
    database.close();
    await Dexie.delete(database.name);
  }, 900_000);
});
