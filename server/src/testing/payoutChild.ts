/**
 * A platform in its own process for the payout crash test. Prints one JSON line with its address,
 * the expert's token and ids. GLOSSATOR_FAULT=kill-before-payout-commit SIGKILLs it inside a
 * payout's transaction; kill-after-payout-commit after the payout committed, before the answer.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { TEST_PASSWORD_PARAMS } from '../auth/passwords';
import { startPlatform } from '../platform';
import { toPrincipal } from '../services/accounts';
import { definition } from './fixture';
import { enrol, giveProfile } from './experts';
import { mintAccessToken } from './harness';

async function main(): Promise<void> {
  const dataDir = process.env.GLOSSATOR_DATA_DIR!;
  const fault = process.env.GLOSSATOR_FAULT;
  const die = (): never => process.kill(process.pid, 'SIGKILL') as never;
  const platform = await startPlatform({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    logger: false,
    seed: false,
    services: {
      accounts: { passwordParams: TEST_PASSWORD_PARAMS },
      work: {
        holdMs: 0,
        faults: {
          ...(fault === 'kill-before-payout-commit'
            ? { beforePayoutCommit: () => Promise.resolve(die()) }
            : {}),
          ...(fault === 'kill-after-payout-commit' ? { afterPayoutCommit: die } : {}),
        },
      },
    },
  });
  const idsFile = join(dataDir, 'payout-fixture.json');
  let ids: { expertId: string };
  if (existsSync(idsFile)) {
    ids = JSON.parse(readFileSync(idsFile, 'utf8')) as typeof ids;
  } else {
    const { accounts, projects } = platform.services;
    const org = await accounts.createOrganisation('Payout Org');
    const requester = toPrincipal(
      await accounts.create({
        email: 'r@payout.test',
        displayName: 'r',
        password: 'pw-r',
        role: 'requester',
        organisationId: org,
      }),
    );
    const expert = await accounts.create({
      email: 'e@payout.test',
      displayName: 'e',
      password: 'pw-e',
      role: 'expert',
      organisationId: null,
    });
    const project = await projects.create(requester, definition('Payouts'));
    const document = await platform.services.documents.upload(requester, project.id, {
      name: 'p.txt',
      bytes: new TextEncoder().encode('payout test text'),
    });
    await giveProfile(platform.services, expert.id);
    await enrol(platform.services, requester, project.id, expert.id, document.id);
    await platform.services.work.pay.adjust(requester, project.id, {
      expertId: expert.id,
      amountMinor: 10_000,
      reason: 'opening balance for the crash test',
      idempotencyKey: uuidv7(),
    });
    ids = { expertId: expert.id };
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
