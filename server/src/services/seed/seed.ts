import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_WORK_SETTINGS } from '../../../../shared/work/settings';
import { toPrincipal } from '../accounts/accounts';
import type { Services } from '../index';
import { demoProjects } from './seedProjects';
import { seedVetting } from '../vetting/seed';

export const DEFAULT_SAMPLES_DIR = resolve(__dirname, '../../../../resources/samples');

/** The demo accounts (also listed in the README). Loopback-only demo data: change or delete them for real use. */
export const DEMO_ACCOUNTS = [
  {
    role: 'expert',
    email: 'expert@demo.glossator.test',
    password: 'demo-expert-password',
    displayName: 'Dana Expert',
  },
  {
    role: 'reviewer',
    email: 'reviewer@demo.glossator.test',
    password: 'demo-reviewer-password',
    displayName: 'Rui Reviewer',
  },
  {
    role: 'requester',
    email: 'requester@demo.glossator.test',
    password: 'demo-requester-password',
    displayName: 'Remi Requester',
  },
  {
    role: 'admin',
    email: 'admin@demo.glossator.test',
    password: 'demo-admin-password',
    displayName: 'Ada Admin',
  },
] as const;

export interface SeedReport {
  readonly accounts: readonly { role: string; email: string; password: string }[];
  readonly projectIds: readonly string[];
}

/**
 * First start with an empty database: a demo organisation, one account per role, and four demo
 * projects built from the bundled samples, a task per document. The demo expert's profile and
 * interview come first (seedVetting); then every task of a project she qualifies for is offered to
 * her through the same service requesters use, so the seed cannot offer what the rule refuses.
 */
export async function seedIfEmpty(
  services: Services,
  samplesDir = DEFAULT_SAMPLES_DIR,
): Promise<SeedReport | undefined> {
  const db = services.db.kysely;
  const any = await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  const organisationId = await services.accounts.createOrganisation('Demo Organisation');
  const rows = new Map<string, Awaited<ReturnType<typeof services.accounts.create>>>();
  for (const account of DEMO_ACCOUNTS) {
    rows.set(
      account.role,
      await services.accounts.create({
        email: account.email,
        displayName: account.displayName,
        password: account.password,
        role: account.role,
        organisationId: account.role === 'expert' ? null : organisationId,
      }),
    );
  }
  const requester = toPrincipal(rows.get('requester')!);
  const expert = rows.get('expert')!;
  const projectIds: string[] = [];
  const offers: { projectId: string; taskId: string }[] = [];
  for (const { definition, files, work, payload, offeredToDemoExpert } of demoProjects(
    samplesDir,
  )) {
    const project = await services.projects.create(requester, definition);
    projectIds.push(project.id);
    if (work)
      await services.work.settings.put(requester, project.id, {
        ...DEFAULT_WORK_SETTINGS,
        ...work,
      });
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(join(samplesDir, file)));
      const name = file.split('/').pop()!;
      const document = await services.documents.upload(requester, project.id, { name, bytes });
      const task = await services.tasks.createTask(requester, project.id, {
        documentId: document.id,
        title: payload ? `Review answers: ${name}` : `Label ${name}`,
        ...(payload ? { payload } : {}),
      });
      if (offeredToDemoExpert) offers.push({ projectId: project.id, taskId: task.id });
    }
  }
  await seedVetting(services, {
    projectIds,
    requester,
    reviewer: toPrincipal(rows.get('reviewer')!),
    expert: toPrincipal(expert),
    samplesDir,
  });
  const dueAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
  for (const { projectId, taskId } of offers)
    await services.tasks.offer(requester, projectId, { taskId, expertId: expert.id, dueAt });
  return {
    accounts: DEMO_ACCOUNTS.map(({ role, email, password }) => ({ role, email, password })),
    projectIds,
  };
}
