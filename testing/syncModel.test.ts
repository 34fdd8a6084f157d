/**
 * Item 7 of "Trust first", model-based: fast-check draws random sequences of create, edit, delete,
 * undo and redo by the expert, interleaved with sync cycles and with changes made meanwhile on the
 * platform by a reviewer and by the expert's other computer. The app's own annotation store, undo
 * history, Dexie database and sync engine run against the real platform over loopback HTTP
 * (SQLite, and PostgreSQL when TEST_DATABASE_URL is set). After every sync and at the end of every
 * run, this computer, the platform and the model (syncModel.ts) hold the same annotations, and
 * every refusal the app lists is a conflict the model predicts.
 *
 * SYNC_MODEL_RUNS sets the number of runs (default 40), SYNC_MODEL_SEED replays one, and
 * SYNC_MODEL_SHRINK=1 shrinks a failure to a shortest sequence; a failure prints its seed and path.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { db } from '../renderer/src/db/schema';
import { useAnnotationStore } from '../renderer/src/stores/useAnnotationStore';
import type { Platform } from '../server/src/platform';
import { toPrincipal } from '../server/src/services/accounts/accounts';
import type { Principal } from '../server/src/services/core/principal';
import { createFixture, definition, type Fixture } from '../server/src/testing/fixture';
import { startTestPlatform } from '../server/src/testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../server/src/testing/testDatabases';
import { quoteAt } from '../shared/anchor/quote';
import type { AnnotationWire } from '../shared/model/annotationSchema';
import type { Mutation } from '../shared/sync/protocol';
import { SyncModel, type Account } from './syncModel';
import { loopbackCaller, openWorkstation, platformAnnotations } from './syncRig';

/** A mutation before its client numbers it. */
type Unnumbered = Mutation extends infer M ? (M extends unknown ? Omit<M, 'id'> : never) : never;

const RUNS = Number(process.env.SYNC_MODEL_RUNS ?? 40);
const SEED = Number(process.env.SYNC_MODEL_SEED ?? Date.now() % 2 ** 31);
const LABELS = ['l0', 'l1', 'l2', 'l3', 'l4'];
const TEXT = 'The Licensee shall indemnify the Licensor against all claims arising here.';

type Op =
  | { readonly t: 'create'; readonly label: number; readonly word: number }
  | { readonly t: 'edit'; readonly pick: number; readonly label: number }
  | { readonly t: 'delete'; readonly pick: number }
  | { readonly t: 'undo' }
  | { readonly t: 'redo' }
  | { readonly t: 'sync' }
  | {
      readonly t: 'elsewhere';
      readonly who: Account;
      readonly pick: number;
      readonly label?: number;
    };

const label = fc.nat(LABELS.length - 1);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('create'), label, word: fc.nat(9) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('edit'), pick: fc.nat(), label }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('delete'), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.constant({ t: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'redo' as const }) },
  { weight: 2, arbitrary: fc.constant({ t: 'sync' as const }) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        t: fc.constant('elsewhere'),
        who: fc.constantFrom<Account>('expert', 'reviewer'),
        pick: fc.nat(),
        label,
      },
      { requiredKeys: ['t', 'who', 'pick'] },
    ),
  },
);

const words = [...TEXT.matchAll(/[A-Za-z]+/g)].map((m) => ({
  start: m.index,
  end: m.index + m[0].length,
}));

describe.each(testDatabaseKinds())('undo, redo and sync against a model on $dialect', (kind) => {
  let database: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  let requester: Principal;
  let projectId: string;
  beforeAll(async () => {
    database = await kind.create();
    platform = await startTestPlatform(database);
    f = await createFixture(platform);
    requester = toPrincipal((await platform.services.accounts.byId(f.ids.requester))!);
    const { projects, documents, tasks } = platform.services;
    projectId = (
      await projects.create(
        requester,
        definition('Undo model', {
          labelSchema: { labels: LABELS.map((id) => ({ id, name: id })) },
        }),
      )
    ).id;
    // The expert joins the project by accepting a task's offer (the fixture's owner qualifies).
    const first = await documents.upload(requester, projectId, {
      name: 'first.txt',
      bytes: new TextEncoder().encode(TEXT),
    });
    const task = await tasks.createTask(requester, projectId, {
      documentId: first.id,
      title: 'Label',
    });
    const offer = await tasks.offer(requester, projectId, {
      taskId: task.id,
      expertId: f.ids.owner,
    });
    const owner = toPrincipal((await platform.services.accounts.byId(f.ids.owner))!);
    await tasks.transition(owner, projectId, offer.id, 'accepted', undefined);
  });
  afterAll(async () => {
    await platform?.close();
    await database?.dispose();
  });

  /** A client of another account or computer, pushing straight to the platform. */
  function otherClient(token: string) {
    const clientId = uuidv7();
    let next = 1;
    const call = loopbackCaller(platform, () => token);
    return async (mutation: Unnumbered) => {
      const result = await call(
        'sync.push',
        {},
        { clientId, mutations: [{ ...mutation, id: next++ }] },
      );
      expect(result.ok).toBe(true);
    };
  }

  const seen = { steps: 0, syncs: 0, restores: 0, refusals: 0, elsewhere: 0 };

  async function run(ops: readonly Op[]): Promise<void> {
    const documentId = (
      await platform.services.documents.upload(requester, projectId, {
        name: 'doc.txt',
        bytes: new TextEncoder().encode(TEXT),
      })
    ).id;
    const expert = loopbackCaller(platform, () => f.tokens.owner!);
    const station = await openWorkstation(expert, projectId, documentId);
    const pushAs: Record<Account, ReturnType<typeof otherClient>> = {
      expert: otherClient(f.tokens.owner!),
      reviewer: otherClient(f.tokens.reviewer!),
    };
    const model = new SyncModel();
    const wire = new Map<string, AnnotationWire>();
    const store = () => useAnnotationStore.getState();
    const pickLocal = (n: number) =>
      [...model.local.keys()].sort()[n % Math.max(1, model.local.size)];

    const agree = async (when: string) => {
      const onPlatform = await platformAnnotations(expert, projectId, documentId);
      const here = (await db().annotations.where('documentId').equals(documentId).toArray()).map(
        (a) => JSON.parse(JSON.stringify(a)) as AnnotationWire,
      );
      const labels = (list: Iterable<{ id: string; body: { labels: readonly string[] } }>) =>
        Object.fromEntries([...list].map((a) => [a.id, a.body.labels.join()]));
      expect(labels(here), `this computer = model, ${when}`).toEqual(
        Object.fromEntries(model.live()),
      );
      expect(labels(onPlatform.values()), `platform = model, ${when}`).toEqual(
        Object.fromEntries(model.live()),
      );
      expect(
        here.sort((a, b) => a.id.localeCompare(b.id)),
        `this computer = platform, ${when}`,
      ).toEqual([...onPlatform.values()].sort((a, b) => a.id.localeCompare(b.id)));
      expect(labels(store().annotations), `what the panes show, ${when}`).toEqual(labels(here));
      const refused = await db().rejected.toArray();
      expect(
        refused.map((r) => r.reason),
        `refusals, ${when}`,
      ).toEqual(Array.from({ length: model.refusals }, () => 'deleted'));
    };

    try {
      for (const [step, o] of ops.entries()) {
        if (o.t === 'create') {
          const { start, end } = words[o.word % words.length]!;
          const made = await store().create(
            { kind: 'span', position: { start, end }, quote: quoteAt(TEXT, start, end) },
            { labels: [LABELS[o.label]!] },
          );
          model.create(made.id, LABELS[o.label]!);
          wire.set(made.id, JSON.parse(JSON.stringify(made)) as AnnotationWire);
        } else if (o.t === 'edit' || o.t === 'delete') {
          const wanted = pickLocal(o.pick);
          const id = store().annotations.find((a) => a.id === wanted)?.id;
          if (id === undefined) continue;
          if (o.t === 'edit') {
            await store().update(id, { body: { labels: [LABELS[o.label]!] } });
            model.edit(id, LABELS[o.label]!);
          } else {
            await store().remove([id]);
            model.remove(id);
          }
        } else if (o.t === 'undo') {
          await store().undo();
          model.undo();
        } else if (o.t === 'redo') {
          await store().redo();
          model.redo();
        } else if (o.t === 'sync') {
          await station.sync();
          model.sync();
          await agree(`after step ${step} (sync)`);
        } else {
          const live = [...model.live().keys()].sort();
          const id = live[o.pick % Math.max(1, live.length)];
          if (id === undefined) continue;
          if (o.label === undefined) {
            await pushAs[o.who]({ kind: 'annotation.delete', projectId, annotationId: id });
            model.elsewhere(o.who, { kind: 'delete', id });
          } else {
            const annotation = { ...wire.get(id)!, body: { labels: [LABELS[o.label]!] } };
            await pushAs[o.who]({ kind: 'annotation.put', annotation });
            model.elsewhere(o.who, { kind: 'put', id, labels: LABELS[o.label]! });
          }
        }
      }
      await station.sync();
      model.sync();
      await agree('at the end');
      expect(await db().outbox.count()).toBe(0);
      seen.steps += ops.length;
      seen.syncs += ops.filter((o) => o.t === 'sync').length + 1;
      seen.elsewhere += ops.filter((o) => o.t === 'elsewhere').length;
      seen.restores += model.restores;
      seen.refusals += model.refusals;
    } finally {
      await station.close();
    }
  }

  it('item 7: this computer, the platform and the model agree after random undo, redo, sync and concurrent changes', async () => {
    console.log(
      `sync model (${kind.dialect}): seed ${SEED}, ${RUNS} runs (SYNC_MODEL_SEED replays)`,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 40, size: 'medium' }), run),
      // Shrinking replays against the platform many times; SYNC_MODEL_SHRINK=1 asks for it.
      { numRuns: RUNS, seed: SEED, endOnFailure: process.env.SYNC_MODEL_SHRINK !== '1' },
    );
    console.log(`sync model (${kind.dialect}): ${RUNS} runs agreed: ${JSON.stringify(seen)}`);
  }, 600_000);
});
