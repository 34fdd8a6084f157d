import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD_PARAMS } from '../auth/passwords';
import { openDatabase } from '../db/database';
import { migrate } from '../db/migrate';
import { createServices } from '../services';
import { runCli } from './platform';

const dir = mkdtempSync(join(tmpdir(), 'glossator-cli-account-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const base = { GLOSSATOR_DATA_DIR: join(dir, 'data') };

async function run(env: Record<string, string>, ...argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, (line) => lines.push(line), { ...base, ...env }).catch(
    (error: unknown) => {
      lines.push(error instanceof Error ? error.message : String(error));
      return -1;
    },
  );
  return { code, lines };
}

describe('npm run platform -- create-account', () => {
  it('lets an admin create an expert whose password comes from the environment', async () => {
    const db = openDatabase({ dataDir: base.GLOSSATOR_DATA_DIR });
    await migrate(db);
    const services = createServices(db, { accounts: { passwordParams: TEST_PASSWORD_PARAMS } });
    const org = await services.accounts.createOrganisation('CLI Org');
    for (const role of ['admin', 'requester'] as const)
      await services.accounts.create({
        email: `${role}@cli.test`,
        displayName: role,
        password: 'pw',
        role,
        organisationId: org,
      });
    await db.close();

    const args = ['create-account', '--email', 'new@cli.test', '--name', 'New Expert'];
    const noPassword = await run({}, ...args, '--as', 'admin@cli.test');
    expect(noPassword.code).toBe(-1);
    expect(noPassword.lines.join('\n')).toContain('GLOSSATOR_ACCOUNT_PASSWORD');
    const secret = { GLOSSATOR_ACCOUNT_PASSWORD: 'a long enough password' };
    const notAdmin = await run(secret, ...args, '--as', 'requester@cli.test');
    expect(notAdmin.lines.join('\n')).toContain('only admins');
    const made = await run(secret, ...args, '--as', 'admin@cli.test');
    expect(made.code).toBe(0);
    expect(made.lines[0]).toMatch(/ expert {2}new@cli\.test$/);

    const check = openDatabase({ dataDir: base.GLOSSATOR_DATA_DIR });
    try {
      const id = await createServices(check).accounts.checkPassword(
        'new@cli.test',
        'a long enough password',
      );
      expect(id).toBe(made.lines[0]!.split(' ')[0]);
    } finally {
      await check.close();
    }
  });
});
