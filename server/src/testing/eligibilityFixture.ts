/**
 * A small world for eligibility tests: one organisation with a listed legal project, a listed
 * clinical project and a draft, and experts with reviewer-verified bar licences (no medical one).
 */
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { ProjectListing } from '../../../shared/matching/listing';
import type { Mutation } from '../../../shared/sync/protocol';
import { toPrincipal } from '../services/accounts/accounts';
import type { Platform } from '../platform';
import {
  lawyerProfile,
  NDA_LISTING,
  person,
  saveProfile,
  type Person,
} from '../services/vetting/testing';
import { definition } from './fixture';
import { api } from './harness';

export const DOCUMENT_TEXT = 'Mutual NDA. The Recipient shall keep it confidential.';

export interface WorldProject {
  readonly id: string;
  readonly documentId: string;
  readonly taskIds: readonly string[];
}

export interface EligibilityWorld {
  readonly requester: Person;
  readonly reviewer: Person;
  /** A verified New York lawyer. */
  readonly lawyer: Person;
  /** Another verified lawyer, for offers not yet accepted. */
  readonly newcomer: Person;
  readonly law: WorldProject;
  readonly medicine: WorldProject;
  readonly draft: WorldProject;
}

const MEDICINE_LISTING: ProjectListing = {
  subSpecialties: [],
  credentials: [{ type: 'medical-licence', jurisdictions: [] }],
  minHoursPerWeek: 0,
  competencies: [],
};

async function makeProject(
  platform: Platform,
  requesterId: string,
  name: string,
  overrides: { domain: 'law' | 'medicine'; status: 'open' | 'draft' },
  listing: ProjectListing | undefined,
): Promise<WorldProject> {
  const { accounts, projects, documents, tasks, vetting } = platform.services;
  const requester = toPrincipal((await accounts.byId(requesterId))!);
  const project = await projects.create(requester, definition(name, overrides));
  const document = await documents.upload(requester, project.id, {
    name: `${name}.txt`,
    bytes: new TextEncoder().encode(DOCUMENT_TEXT),
  });
  const taskIds: string[] = [];
  for (let i = 0; i < 4; i++)
    taskIds.push(
      (await tasks.createTask(requester, project.id, { documentId: document.id, title: `T${i}` }))
        .id,
    );
  if (listing) await vetting.catalogue.putListing(requester, project.id, listing);
  return { id: project.id, documentId: document.id, taskIds };
}

async function verifiedLawyer(platform: Platform, reviewer: Person, name: string) {
  const expert = await person(platform, 'expert', null, name);
  expect200(await saveProfile(platform, expert.token, lawyerProfile()));
  expect200(
    await api(platform, 'POST', `/experts/${expert.id}/credentials/bar-ny/decision`, {
      token: reviewer.token,
      body: { outcome: 'verified' },
    }),
  );
  return expert;
}

function expect200(response: { status: number; text: string }): void {
  if (response.status !== 200)
    throw new Error(`set-up failed: ${response.status} ${response.text}`);
}

export async function createEligibilityWorld(platform: Platform): Promise<EligibilityWorld> {
  const org = await platform.services.accounts.createOrganisation(`Elig ${uuidv7().slice(-6)}`);
  const requester = await person(platform, 'requester', org);
  const reviewer = await person(platform, 'reviewer', org);
  const lawyer = await verifiedLawyer(platform, reviewer, 'lawyer');
  const newcomer = await verifiedLawyer(platform, reviewer, 'newcomer');
  const law = await makeProject(
    platform,
    requester.id,
    'NDA review',
    { domain: 'law', status: 'open' },
    NDA_LISTING,
  );
  const medicine = await makeProject(
    platform,
    requester.id,
    'Clinical notes',
    { domain: 'medicine', status: 'open' },
    MEDICINE_LISTING,
  );
  const draft = await makeProject(
    platform,
    requester.id,
    'Draft covenants',
    { domain: 'law', status: 'draft' },
    NDA_LISTING,
  );
  return { requester, reviewer, lawyer, newcomer, law, medicine, draft };
}

/**
 * An offer and a membership written straight into the tables, as an older server (or the old demo
 * seed) left them: the server must judge what it finds by today's rule, not trust that it was
 * checked when written.
 */
export async function legacyOffer(
  platform: Platform,
  projectId: string,
  taskId: string,
  expertId: string,
): Promise<string> {
  const db = platform.services.db.kysely;
  const id = uuidv7();
  const now = new Date().toISOString();
  await db
    .insertInto('project_members')
    .values({ project_id: projectId, account_id: expertId, role: 'expert', added_at: now })
    .onConflict((oc) => oc.columns(['project_id', 'account_id']).doNothing())
    .execute();
  await db
    .insertInto('assignments')
    .values({
      project_id: projectId,
      id,
      task_id: taskId,
      expert_id: expertId,
      status: 'offered',
      round: 0,
      reason: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** Moves the calendar past the expert's bar licence (or back): sets its expiry date in place. */
export async function setLicenceExpiry(
  platform: Platform,
  expertId: string,
  expiresOn: string | undefined,
): Promise<void> {
  const db = platform.services.db.kysely;
  const row = await sql<{ data: string }>`select data from expert_profiles
    where expert_id = ${expertId}`.execute(db);
  const profile = JSON.parse(row.rows[0]!.data) as {
    credentials: { id: string; expiresOn?: string }[];
  };
  for (const credential of profile.credentials) {
    if (credential.id !== 'bar-ny') continue;
    if (expiresOn === undefined) delete credential.expiresOn;
    else credential.expiresOn = expiresOn;
  }
  await sql`update expert_profiles set data = ${JSON.stringify(profile)}
    where expert_id = ${expertId}`.execute(db);
}

/** HTTP calls the tests make as one person. */
export function as(platform: Platform, who: Person) {
  const token = who.token;
  let mutationId = 0;
  const clientId = uuidv7();
  return {
    offer: (projectId: string, taskId: string, expertId: string) =>
      api(platform, 'POST', `/projects/${projectId}/assignments`, {
        token,
        body: { taskId, expertId },
      }),
    move: (projectId: string, assignmentId: string, status: string, reason?: string) =>
      api(platform, 'POST', `/projects/${projectId}/assignments/${assignmentId}/status`, {
        token,
        body: { status, ...(reason ? { reason } : {}) },
      }),
    get: (path: string) => api(platform, 'GET', path, { token }),
    pull: (projectId: string) =>
      api(platform, 'GET', `/sync/pull?projectId=${projectId}&cursor=&limit=100`, { token }),
    download: (project: WorldProject) =>
      api(platform, 'GET', `/projects/${project.id}/documents/${project.documentId}/download`, {
        token,
      }),
    /** Pushes one span annotation on the project's document; answers the mutation's outcome. */
    async push(project: WorldProject): Promise<{ status: number; outcome: unknown }> {
      const now = new Date().toISOString();
      const mutation: Mutation = {
        id: ++mutationId,
        kind: 'annotation.put',
        annotation: {
          id: uuidv7(),
          projectId: project.id,
          documentId: project.documentId,
          target: {
            kind: 'span',
            position: { start: 0, end: 6 },
            quote: { exact: 'Mutual', prefix: '', suffix: ' NDA. The' },
          },
          body: { labels: ['indemnity'] },
          createdAt: now,
          updatedAt: now,
        },
      };
      const response = await api(platform, 'POST', '/sync/push', {
        token,
        body: { clientId, mutations: [mutation] },
      });
      const outcomes = (response.body as { outcomes?: unknown[] } | undefined)?.outcomes;
      return { status: response.status, outcome: outcomes?.[0] };
    },
  };
}
