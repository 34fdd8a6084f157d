/**
 * The platform for sync chaos runs, in its own process: unseeded except for one expert, one
 * project and one text document (created on first start and reused after restarts), generous
 * rate limits (the harness signs in after every web-host kill), and an optional fault that
 * SIGKILLs the process after a push has committed and before its answer is written.
 *
 * Env: GLOSSATOR_DATA_DIR, PORT, GLOSSATOR_PUBLIC_URL (the proxy in front of it),
 * CHAOS_KILL_AFTER_COMMIT (probability per applied push). Prints `listening on URL`, then one JSON
 * line with the fixture's ids and the expert's credentials.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_PASSWORD_PARAMS } from '../../server/src/auth/passwords';
import { startPlatform } from '../../server/src/platform';
import { toPrincipal } from '../../server/src/services/accounts/accounts';
import { enrol, giveProfile } from '../../server/src/testing/experts';
import { definition } from '../../server/src/testing/fixture';

export const CHAOS_EXPERT = { email: 'expert@chaos.test', password: 'chaos-expert-password' };
export const CHAOS_TEXT =
  'The Licensee shall indemnify the Licensor against all claims, and liability is capped at fees paid. '.repeat(
    20,
  );

export interface ChaosFixture {
  readonly projectId: string;
  readonly documentId: string;
  readonly expertId: string;
}

async function main(): Promise<void> {
  const dataDir = process.env.GLOSSATOR_DATA_DIR!;
  const killRate = Number(process.env.CHAOS_KILL_AFTER_COMMIT ?? 0);
  const generous = { max: 1_000_000, timeWindow: 60_000 };
  const platform = await startPlatform({
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 0),
    dataDir,
    ...(process.env.GLOSSATOR_PUBLIC_URL ? { publicUrl: process.env.GLOSSATOR_PUBLIC_URL } : {}),
    logger: false,
    seed: false,
    limits: { writeRateLimit: generous, loginRateLimit: generous, tokenRateLimit: generous },
    services: {
      accounts: { passwordParams: TEST_PASSWORD_PARAMS },
      syncHooks: {
        afterPushCommit: (applied) => {
          if (applied > 0 && Math.random() < killRate) process.kill(process.pid, 'SIGKILL');
        },
      },
    },
  });
  const idsFile = join(dataDir, 'chaos-fixture.json');
  let fixture: ChaosFixture;
  if (existsSync(idsFile)) {
    fixture = JSON.parse(readFileSync(idsFile, 'utf8')) as ChaosFixture;
  } else {
    const { accounts, projects, documents } = platform.services;
    const org = await accounts.createOrganisation('Chaos Org');
    const requester = toPrincipal(
      await accounts.create({
        email: 'requester@chaos.test',
        displayName: 'Requester',
        password: 'chaos-requester-password',
        role: 'requester',
        organisationId: org,
      }),
    );
    const expert = await accounts.create({
      ...CHAOS_EXPERT,
      displayName: 'Chaos Expert',
      role: 'expert',
      organisationId: null,
    });
    const project = await projects.create(requester, definition('Chaos'));
    const document = await documents.upload(requester, project.id, {
      name: 'chaos.txt',
      bytes: new TextEncoder().encode(CHAOS_TEXT),
    });
    await giveProfile(platform.services, expert.id);
    await enrol(platform.services, requester, project.id, expert.id, document.id);
    fixture = { projectId: project.id, documentId: document.id, expertId: expert.id };
    writeFileSync(idsFile, JSON.stringify(fixture));
  }
  console.log(`listening on ${platform.url}`);
  console.log(JSON.stringify(fixture));
  process.once('SIGTERM', () => void platform.close().then(() => process.exit(0)));
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
