import { uuidv7 } from 'uuidv7';
import type { ProjectDefinition } from '../../../shared/model/project';
import { toPrincipal } from '../services/accounts/accounts';
import type { Platform } from '../platform';
import { giveProfile } from './experts';
import { mintAccessToken, mintExpiredAccessToken } from './harness';

/** Everyone the authorization matrix asks about (DESIGN: no cross-tenant read or write). */
export const PERSONAS = [
  'owner', // the expert doing project P's task (expert routes) — accepted it, so a member of P
  'otherExpert', // an expert with no part in P
  'otherProjectMember', // an expert who accepted work on project Q of another organisation
  'reviewer', // a reviewer of P's organisation
  'requester', // a requester of P's organisation (manages P)
  'admin', // an admin of P's organisation
  'otherTenantAdmin', // an admin of Q's organisation (organisation B)
  'reviewerB', // a reviewer of organisation B
  'requesterB', // a requester of organisation B (manages Q)
  'anonymous', // no token
  'expired', // the owner's token, expired
] as const;
export type Persona = (typeof PERSONAS)[number];

export const SECRET_TEXT =
  'The Licensee shall indemnify the Licensor against all claims. CONFIDENTIAL-P';

export function definition(
  name: string,
  overrides: Partial<ProjectDefinition> = {},
): ProjectDefinition {
  return {
    name,
    domain: 'law',
    description: `about ${name}`,
    instructions: 'label clauses',
    labelSchema: {
      labels: [
        { id: 'indemnity', name: 'Indemnity' },
        { id: 'cap', name: 'Cap on liability' },
      ],
    },
    taskType: 'spanLabelling',
    pay: { kind: 'perTask', rateMinor: 1_000, currency: 'EUR' },
    requiredCredentials: ['bar admission'],
    languages: ['en'],
    status: 'open',
    ...overrides,
  };
}

export interface Fixture {
  readonly tokens: Record<Persona, string | undefined>;
  readonly ids: Record<Exclude<Persona, 'anonymous' | 'expired'>, string>;
  /** Organisation A owns project P; organisation B owns project Q. */
  readonly orgA: string;
  readonly orgB: string;
  readonly projectP: string;
  readonly documentP: string;
  readonly taskP: string;
  readonly assignmentP: string;
  readonly projectQ: string;
  readonly documentQ: string;
}

export async function createFixture(platform: Platform): Promise<Fixture> {
  const { accounts, projects, documents, tasks } = platform.services;
  const orgA = await accounts.createOrganisation('Org A');
  const orgB = await accounts.createOrganisation('Org B');
  const make = async (
    role: 'expert' | 'reviewer' | 'requester' | 'admin',
    name: string,
    org: string | null,
  ) =>
    accounts.create({
      email: `${name}-${uuidv7().slice(-6)}@test.example`,
      displayName: name,
      password: `${name}-password`,
      role,
      organisationId: org,
    });
  const owner = await make('expert', 'owner', null);
  const otherExpert = await make('expert', 'otherExpert', null);
  const otherProjectMember = await make('expert', 'otherProjectMember', null);
  // Each expert qualifies for unlisted English projects of every domain (P and Q are legal ones);
  // only accepting an offer makes them a member.
  for (const expert of [owner, otherExpert, otherProjectMember])
    await giveProfile(platform.services, expert.id, ['law', 'medicine', 'finance']);
  const reviewer = await make('reviewer', 'reviewer', orgA);
  const requester = await make('requester', 'requester', orgA);
  const admin = await make('admin', 'admin', orgA);
  const otherTenantAdmin = await make('admin', 'otherTenantAdmin', orgB);
  const requesterB = await make('requester', 'requesterB', orgB);
  const reviewerB = await make('reviewer', 'reviewerB', orgB);

  const asRequester = toPrincipal(requester);
  const projectP = (await projects.create(asRequester, definition('Project P (secret name)'))).id;
  const docP = await documents.upload(asRequester, projectP, {
    name: 'p.txt',
    bytes: new TextEncoder().encode(SECRET_TEXT),
  });
  const taskP = await tasks.createTask(asRequester, projectP, {
    documentId: docP.id,
    title: 'Task P',
  });
  const assignmentP = await tasks.offer(asRequester, projectP, {
    taskId: taskP.id,
    expertId: owner.id,
  });
  await tasks.transition(toPrincipal(owner), projectP, assignmentP.id, 'accepted', undefined);

  const asRequesterB = toPrincipal(requesterB);
  const projectQ = (await projects.create(asRequesterB, definition('Project Q'))).id;
  const docQ = await documents.upload(asRequesterB, projectQ, {
    name: 'q.txt',
    bytes: new TextEncoder().encode('Q text'),
  });
  const taskQ = await tasks.createTask(asRequesterB, projectQ, {
    documentId: docQ.id,
    title: 'Task Q',
  });
  const assignmentQ = await tasks.offer(asRequesterB, projectQ, {
    taskId: taskQ.id,
    expertId: otherProjectMember.id,
  });
  await tasks.transition(
    toPrincipal(otherProjectMember),
    projectQ,
    assignmentQ.id,
    'accepted',
    undefined,
  );

  const rows = {
    owner,
    otherExpert,
    otherProjectMember,
    reviewer,
    requester,
    admin,
    otherTenantAdmin,
    reviewerB,
    requesterB,
  };
  const tokens = {} as Record<Persona, string | undefined>;
  for (const [persona, row] of Object.entries(rows))
    tokens[persona as Persona] = await mintAccessToken(platform, row.id);
  tokens.anonymous = undefined;
  tokens.expired = await mintExpiredAccessToken(platform.services.db.kysely, owner.id);
  return {
    tokens,
    ids: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.id])) as Fixture['ids'],
    orgA,
    orgB,
    projectP,
    documentP: docP.id,
    taskP: taskP.id,
    assignmentP: assignmentP.id,
    projectQ,
    documentQ: docQ.id,
  };
}
