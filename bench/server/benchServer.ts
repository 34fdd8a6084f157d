/**
 * The server under test, in its own process: the real platform plus, in the same process, a bare
 * Fastify app (the floor). Prints one JSON line with addresses, a token and the ids to use.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { uuidv7 } from 'uuidv7';
import { TEST_PASSWORD_PARAMS } from '../../server/src/auth/passwords';
import { startPlatform } from '../../server/src/platform';
import { toPrincipal } from '../../server/src/services/accounts/accounts';
import { enrol, giveProfile } from '../../server/src/testing/experts';
import { definition } from '../../server/src/testing/fixture';
import { mintAccessToken } from '../../server/src/testing/harness';

const PULL_CHANGES = 500;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'glossator-bench-'));
  const platform = await startPlatform({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL, poolSize: 20 } : {}),
    // Errors only (a failing request during a run must be visible, not just counted).
    logger: { level: 'error', stream: process.stderr },
    seed: false,
    limits: { writeRateLimit: { max: 100_000_000, timeWindow: 60_000 } },
    services: { accounts: { passwordParams: TEST_PASSWORD_PARAMS } },
  });
  const { accounts, projects, documents, sync } = platform.services;
  const org = await accounts.createOrganisation('Bench');
  const requester = toPrincipal(
    await accounts.create({
      email: `r-${uuidv7()}@bench.test`,
      displayName: 'r',
      password: 'pw',
      role: 'requester',
      organisationId: org,
    }),
  );
  const expertRow = await accounts.create({
    email: `e-${uuidv7()}@bench.test`,
    displayName: 'e',
    password: 'pw',
    role: 'expert',
    organisationId: null,
  });
  const expert = toPrincipal(expertRow);
  await giveProfile(platform.services, expertRow.id);
  const text =
    'The Licensee shall indemnify the Licensor against all claims arising from the Licensed Product. '.repeat(
      50,
    );
  const setup = async (name: string) => {
    const project = await projects.create(requester, definition(name));
    const document = await documents.upload(requester, project.id, {
      name: 'bench.txt',
      bytes: new TextEncoder().encode(text),
    });
    await enrol(platform.services, requester, project.id, expertRow.id, document.id);
    return { projectId: project.id, documentId: document.id };
  };
  const pushTarget = await setup('push');
  // For the spread variant: the same load across several projects, as a platform sees it.
  const spread = [];
  for (let i = 0; i < 8; i++) spread.push(await setup(`push ${i}`));
  const pullTarget = await setup('pull');
  // Exactly PULL_CHANGES changes to pull, written through the real push path.
  const mutations = Array.from({ length: PULL_CHANGES }, (_, i) => ({
    id: i + 1,
    kind: 'annotation.put' as const,
    annotation: {
      id: uuidv7(),
      projectId: pullTarget.projectId,
      documentId: pullTarget.documentId,
      target: {
        kind: 'span' as const,
        position: { start: 4, end: 12 },
        quote: { exact: 'Licensee', prefix: 'The ', suffix: ' shall' },
      },
      body: { labels: ['indemnity'], rationale: `reason ${i}` },
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
  }));
  await sync.push(expert, { clientId: uuidv7(), mutations });
  const token = await mintAccessToken(platform, expertRow.id);

  const bare = Fastify({ logger: false });
  bare.get('/bare', () => ({ ok: true }));
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareAddress = bare.server.address();
  const barePort = typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0;

  console.log(
    JSON.stringify({
      url: platform.url,
      bareUrl: `http://127.0.0.1:${barePort}`,
      token,
      push: pushTarget,
      pushSpread: spread,
      pull: pullTarget,
      pullChanges: PULL_CHANGES,
      dialect: platform.services.db.dialect,
    }),
  );
  const stop = () => void Promise.all([platform.close(), bare.close()]).then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
