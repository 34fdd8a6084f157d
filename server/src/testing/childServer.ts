/**
 * A platform in its own process for crash tests. Prints one JSON line with its address, a token
 * and the ids to use. GLOSSATOR_FAULT=kill-after-commit makes it SIGKILL itself after a push that
 * applied something has committed and before the response is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_PASSWORD_PARAMS } from '../auth/passwords';
import { startPlatform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { definition } from './fixture';
import { enrol, giveProfile } from './experts';
import { mintAccessToken } from './harness';

async function main(): Promise<void> {
  const dataDir = process.env.GLOSSATOR_DATA_DIR!;
  const kill = process.env.GLOSSATOR_FAULT === 'kill-after-commit';
  const platform = await startPlatform({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    logger: false,
    seed: false,
    services: {
      accounts: { passwordParams: TEST_PASSWORD_PARAMS },
      syncHooks: {
        afterPushCommit: (applied) => {
          if (kill && applied > 0) process.kill(process.pid, 'SIGKILL');
        },
      },
    },
  });
  const idsFile = join(dataDir, 'child-fixture.json');
  let ids: { expertId: string; projectId: string; documentId: string };
  if (existsSync(idsFile)) {
    ids = JSON.parse(readFileSync(idsFile, 'utf8')) as typeof ids;
  } else {
    const { accounts, projects, documents } = platform.services;
    const org = await accounts.createOrganisation('Crash Org');
    const requester = toPrincipal(
      await accounts.create({
        email: 'r@crash.test',
        displayName: 'r',
        password: 'pw-r',
        role: 'requester',
        organisationId: org,
      }),
    );
    const expert = await accounts.create({
      email: 'e@crash.test',
      displayName: 'e',
      password: 'pw-e',
      role: 'expert',
      organisationId: null,
    });
    const project = await projects.create(requester, definition('Crash'));
    const document = await documents.upload(requester, project.id, {
      name: 'c.txt',
      bytes: new TextEncoder().encode('crash test text'),
    });
    await giveProfile(platform.services, expert.id);
    await enrol(platform.services, requester, project.id, expert.id, document.id);
    ids = { expertId: expert.id, projectId: project.id, documentId: document.id };
    writeFileSync(idsFile, JSON.stringify(ids));
  }
  const token = await mintAccessToken(platform, ids.expertId);
  console.log(JSON.stringify({ url: platform.url, token, ...ids }));
  process.once('SIGTERM', () => void platform.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
