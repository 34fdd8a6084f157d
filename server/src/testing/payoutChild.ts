/**
 * A platform in its own process for the payout crash test. Prints one JSON line with its address,
 * the expert's token and ids. GLOSSATOR_FAULT=kill-before-payout-commit SIGKILLs it inside a
 * payout's transaction; kill-after-payout-commit after the payout committed, before the answer.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_PASSWORD_PARAMS } from '../auth/passwords';
import { startPlatform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { definition } from './fixture';
import { giveProfile } from './experts';
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
  let ids: { expertId: string; organisationId: string };
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
    const reviewer = toPrincipal(
      await accounts.create({
        email: 'v@payout.test',
        displayName: 'v',
        password: 'pw-v',
        role: 'reviewer',
        organisationId: org,
      }),
    );
    const expert = toPrincipal(
      await accounts.create({
        email: 'e@payout.test',
        displayName: 'e',
        password: 'pw-e',
        role: 'expert',
        organisationId: null,
      }),
    );
    // One approved task at 100.00: what the organisation owes the expert to pay out.
    const project = await projects.create(
      requester,
      definition('Payouts', { pay: { kind: 'perTask', rateMinor: 10_000, currency: 'EUR' } }),
    );
    const { documents, tasks, work } = platform.services;
    const document = await documents.upload(requester, project.id, {
      name: 'work.txt',
      bytes: new TextEncoder().encode('work to pay for'),
    });
    const task = await tasks.createTask(requester, project.id, {
      documentId: document.id,
      title: 'paid',
    });
    await giveProfile(platform.services, expert.id);
    const offer = await tasks.offer(requester, project.id, {
      taskId: task.id,
      expertId: expert.id,
    });
    await tasks.transition(expert, project.id, offer.id, 'accepted', undefined);
    const submitted = await work.submit.submit(expert, project.id, offer.id, []);
    await work.review.decide(reviewer, project.id, offer.id, {
      submissionId: submitted.submissionId,
      decisions: [],
    });
    ids = { expertId: expert.id, organisationId: org };
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
