/**
 * The platform under test, in this process: a real server on SQLite in a temporary folder, one
 * project with an expert member, and `count` annotations of that expert written through the real
 * push path. Also answers how many annotations on the server carry an edit (the check after the
 * offline-edit runs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { MAX_MUTATIONS_PER_PUSH } from '../../shared/sync/protocol';
import type { Platform } from '../../server/src/platform';
import { toPrincipal } from '../../server/src/services/accounts/accounts';
import { enrol, giveProfile } from '../../server/src/testing/experts';
import { definition } from '../../server/src/testing/fixture';
import { mintAccessToken, startTestPlatform } from '../../server/src/testing/harness';
import { BENCH_LABELS, BENCH_TEXT, benchAnnotation, editMarker } from './records';

const DOCUMENTS = 20;

export interface BenchPlatform {
  readonly url: string;
  readonly token: string;
  readonly projectId: string;
  /** Annotations of the project on the server whose rationale carries `editMarker(round)`. */
  editedOnServer(round: number): Promise<number>;
  /** Live annotations of the project on the server. */
  liveOnServer(): Promise<number>;
  close(): Promise<void>;
}

export async function startBenchPlatform(count: number): Promise<BenchPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'glossator-bench-sync-'));
  const platform: Platform = await startTestPlatform({
    dialect: 'sqlite',
    dataDir,
    dispose: () => Promise.resolve(),
  });
  const { accounts, projects, documents, sync, db } = platform.services;
  const org = await accounts.createOrganisation('Bench');
  const requester = toPrincipal(
    await accounts.create({
      email: 'requester@bench.test',
      displayName: 'Requester',
      password: 'pw',
      role: 'requester',
      organisationId: org,
    }),
  );
  const expertRow = await accounts.create({
    email: 'expert@bench.test',
    displayName: 'Expert',
    password: 'pw',
    role: 'expert',
    organisationId: null,
  });
  const project = await projects.create(
    requester,
    definition('sync bench', {
      labelSchema: { labels: BENCH_LABELS.map((id) => ({ id, name: id })) },
    }),
  );
  const documentIds: string[] = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const document = await documents.upload(requester, project.id, {
      name: `contract-${i}.txt`,
      bytes: new TextEncoder().encode(BENCH_TEXT),
    });
    documentIds.push(document.id);
  }
  await giveProfile(platform.services, expertRow.id);
  await enrol(platform.services, requester, project.id, expertRow.id, documentIds[0]!);
  // The expert's annotations, through the real push path (another device of the same expert).
  const expert = toPrincipal(expertRow);
  const clientId = uuidv7();
  for (let from = 0; from < count; from += MAX_MUTATIONS_PER_PUSH) {
    const mutations = [];
    for (let i = from; i < Math.min(count, from + MAX_MUTATIONS_PER_PUSH); i++)
      mutations.push({
        id: i + 1,
        kind: 'annotation.put' as const,
        annotation: benchAnnotation(i, project.id, documentIds),
      });
    const answer = await sync.push(expert, { clientId, mutations });
    if (answer.outcomes.some((o) => o.status !== 'applied'))
      throw new Error(
        `the platform refused a seeded annotation: ${JSON.stringify(answer.outcomes.find((o) => o.status !== 'applied'))}`,
      );
  }
  const token = await mintAccessToken(platform, expertRow.id);

  const countWhere = async (condition: ReturnType<typeof sql<boolean>>): Promise<number> => {
    const row = await db.kysely
      .selectFrom('annotations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('project_id', '=', project.id)
      .where('deleted', '=', 0)
      .where(condition)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    url: platform.url,
    token,
    projectId: project.id,
    editedOnServer: (round) =>
      countWhere(sql<boolean>`instr(data, ${`"${editMarker(round)} `}) > 0`),
    liveOnServer: () => countWhere(sql<boolean>`1 = 1`),
    async close() {
      await platform.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
