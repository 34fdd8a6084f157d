/**
 * A platform in its own process for measuring what uploads cost it: one project, eight
 * requesters who may upload to it and one expert member who may not. Prints one JSON line with
 * the address, the tokens and the project id. Default limits except the write rate limit.
 */
import { TEST_PASSWORD_PARAMS } from '../auth/passwords';
import { startPlatform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { definition } from './fixture';
import { enrol, giveProfile } from './experts';
import { mintAccessToken } from './harness';

async function main(): Promise<void> {
  const platform = await startPlatform({
    host: '127.0.0.1',
    port: 0,
    dataDir: process.env.GLOSSATOR_DATA_DIR!,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    logger: false,
    seed: false,
    limits: { writeRateLimit: { max: 1_000_000, timeWindow: 60_000 } },
    services: { accounts: { passwordParams: TEST_PASSWORD_PARAMS } },
  });
  const { accounts, projects } = platform.services;
  const org = await accounts.createOrganisation('Upload Org');
  const requesters = [];
  for (let i = 0; i < 8; i++)
    requesters.push(
      await accounts.create({
        email: `r${i}@upload.test`,
        displayName: `r${i}`,
        password: `pw-r${i}`,
        role: 'requester',
        organisationId: org,
      }),
    );
  const expert = await accounts.create({
    email: 'e@upload.test',
    displayName: 'e',
    password: 'pw-e',
    role: 'expert',
    organisationId: null,
  });
  const owner = toPrincipal(requesters[0]!);
  const project = await projects.create(owner, definition('Uploads'));
  const document = await platform.services.documents.upload(owner, project.id, {
    name: 'first.txt',
    bytes: new TextEncoder().encode('the first document'),
  });
  await giveProfile(platform.services, expert.id);
  await enrol(platform.services, owner, project.id, expert.id, document.id);
  const tokens = [];
  for (const r of requesters) tokens.push(await mintAccessToken(platform, r.id));
  const expertToken = await mintAccessToken(platform, expert.id);
  console.log(JSON.stringify({ url: platform.url, projectId: project.id, tokens, expertToken }));
  process.once('SIGTERM', () => void platform.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
