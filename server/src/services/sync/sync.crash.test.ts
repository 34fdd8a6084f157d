/**
 * A server killed (SIGKILL) after a push commits and before it answers, 20 times: the client
 * retries every unanswered push, and in the end nothing is lost and nothing applied twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import type { Mutation, PullResponse, PushResponse } from '../../../../shared/sync/protocol';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';

// Bundled once (our code only; packages stay external) so each of the many restarts starts fast.
// Inside node_modules so the bundle resolves the packages it leaves external.
const cacheDir = join(__dirname, '../../../../node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const bundleDir = mkdtempSync(join(cacheDir, 'glossator-child-'));
const CHILD = join(bundleDir, 'childServer.cjs');
buildSync({
  entryPoints: [join(__dirname, '../../testing/childServer.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  outfile: CHILD,
  logLevel: 'warning',
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));
const ROUNDS = 20;
const BATCH = 10;

interface Child {
  readonly process: ChildProcess;
  readonly info: { url: string; token: string; projectId: string; documentId: string };
}

async function startChild(db: TestDatabase, fault: boolean): Promise<Child> {
  const child = spawn(process.execPath, [CHILD], {
    env: {
      ...process.env,
      GLOSSATOR_DATA_DIR: db.dataDir,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
      GLOSSATOR_FAULT: fault ? 'kill-after-commit' : '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`child exited ${code}`)));
  });
  return { process: child, info: JSON.parse(line) as Child['info'] };
}

function exited(child: Child): Promise<NodeJS.Signals | null> {
  if (child.process.exitCode !== null || child.process.signalCode !== null)
    return Promise.resolve(child.process.signalCode);
  return new Promise((resolve) => child.process.once('exit', (_code, signal) => resolve(signal)));
}

describe.each(testDatabaseKinds())(
  'push survives SIGKILL between commit and response on $dialect',
  (kind) => {
    let db: TestDatabase | undefined;
    afterAll(async () => {
      await db?.dispose();
    });

    it(`loses and doubles nothing over ${ROUNDS} kills`, async () => {
      db = await kind.create();
      const clientId = uuidv7();
      const counterId = uuidv7();
      let nextId = 1;
      const created: string[] = [];
      let outbox: Mutation[] = [];
      const annotation = (info: Child['info'], id: string, label: string): AnnotationWire => ({
        id,
        projectId: info.projectId,
        documentId: info.documentId,
        target: { kind: 'document' },
        body: { labels: ['indemnity'], rationale: label },
        createdAt: '2025-01-01T00:00:00Z',
        updatedAt: '2025-01-01T00:00:00Z',
      });
      const push = async (info: Child['info']) =>
        fetch(`${info.url}/sync/push`, {
          method: 'POST',
          headers: { authorization: `Bearer ${info.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ clientId, mutations: outbox }),
        });

      let kills = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        const child = await startChild(db, true);
        try {
          // The previous round's push was never answered: resend it. It committed, so every
          // mutation comes back as already applied, and none is applied again.
          if (outbox.length > 0) {
            const replay = await push(child.info);
            expect(replay.status).toBe(200);
            const body = (await replay.json()) as PushResponse;
            expect(body.lastMutationId).toBe(outbox.at(-1)!.id);
            expect(body.outcomes.every((o) => o.status === 'applied')).toBe(true);
            outbox = [];
          }
          for (let i = 0; i < BATCH; i++) {
            const id = uuidv7();
            created.push(id);
            outbox.push({
              id: nextId++,
              kind: 'annotation.put',
              annotation: annotation(child.info, id, `round ${round}`),
            });
          }
          outbox.push({
            id: nextId++,
            kind: 'annotation.put',
            annotation: annotation(child.info, counterId, `counter ${round}`),
          });
          await expect(push(child.info)).rejects.toThrow();
          expect(await exited(child)).toBe('SIGKILL');
          kills++;
        } finally {
          child.process.kill('SIGKILL');
        }
      }
      expect(kills).toBe(ROUNDS);

      const child = await startChild(db, false);
      try {
        const replay = (await (await push(child.info)).json()) as PushResponse;
        expect(replay.outcomes.every((o) => o.status === 'applied')).toBe(true);
        const changes: PullResponse['changes'] = [];
        let cursor = '';
        for (;;) {
          const page = (await (
            await fetch(
              `${child.info.url}/sync/pull?projectId=${child.info.projectId}&cursor=${cursor}&limit=1000`,
              {
                headers: { authorization: `Bearer ${child.info.token}` },
              },
            )
          ).json()) as PullResponse;
          changes.push(...page.changes);
          cursor = page.cursor;
          if (!page.hasMore) break;
        }
        const ids = changes.map((c) => c.annotationId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...created, counterId]));
        expect(changes.find((c) => c.annotationId === counterId)?.annotation?.body.rationale).toBe(
          `counter ${ROUNDS}`,
        );
        // The last round's replay was accepted as already applied: the next id is the one after.
        const next = await fetch(`${child.info.url}/sync/push`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${child.info.token}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({
            clientId,
            mutations: [
              {
                id: nextId + 1,
                kind: 'annotation.delete',
                projectId: child.info.projectId,
                annotationId: counterId,
              },
            ],
          }),
        });
        expect(next.status).toBe(409);
        expect(((await next.json()) as { expectedMutationId: number }).expectedMutationId).toBe(
          nextId,
        );
      } finally {
        child.process.kill('SIGTERM');
        await exited(child);
      }
    }, 300_000);
  },
);
