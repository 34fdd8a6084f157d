/**
 * The vetting routes' rows of the authorization matrix (routes/authz.matrix.test.ts). Rows that
 * need state build it per persona: fresh listed projects (never project P, whose existence must
 * not leak) and interview sessions of the owner with their earlier sessions cleared.
 */
import { uuidv7 } from 'uuidv7';
import { toPrincipal } from '../../services/accounts/accounts';
import type { Platform } from '../../platform';
import type { Fixture, Persona } from '../../testing/fixture';
import { lawyerProfile, project } from '../../services/vetting/testing';

type Ctx = { platform: Platform; f: Fixture };
interface Call {
  readonly path: string;
  readonly body?: unknown;
}
interface Row {
  readonly allowed: readonly Persona[] | 'everyone' | 'signedIn';
  readonly status: number;
  readonly call: (ctx: Ctx, persona: Persona) => Promise<Call> | Call;
}

const EXPERTS: Persona[] = ['owner', 'otherExpert', 'otherProjectMember'];
/** Vetting experts is platform-wide: reviewers and admins of either organisation. */
const VETTERS: Persona[] = ['reviewer', 'admin', 'otherTenantAdmin', 'reviewerB'];
const MANAGERS: Persona[] = ['requester', 'admin'];
const READERS: Persona[] = ['owner', 'reviewer', 'requester', 'admin'];
const OPEN_LISTING = { subSpecialties: [], credentials: [], minHoursPerWeek: 0, competencies: [] };

const idOf = ({ f }: Ctx, persona: Persona) =>
  persona === 'anonymous' || persona === 'expired' ? f.ids.owner : f.ids[persona];

async function principal({ platform }: Ctx, id: string) {
  return toPrincipal((await platform.services.accounts.byId(id))!);
}

/** Gives an expert persona a lawyer's profile (any version), so catalogue rows can match them. */
async function withProfile(ctx: Ctx, persona: Persona): Promise<void> {
  if (!EXPERTS.includes(persona)) return;
  const { profiles } = ctx.platform.services.vetting;
  const id = idOf(ctx, persona);
  const { version } = await profiles.load(id);
  await profiles.save(await principal(ctx, id), { version, profile: lawyerProfile() });
}

async function listedProject(ctx: Ctx): Promise<string> {
  return project(ctx.platform, ctx.f.ids.requester, { status: 'open', listing: OPEN_LISTING });
}

/** A fresh interview of the owner (earlier attempts cleared), optionally answered and scored. */
async function ownerSession(ctx: Ctx, stage: 'started' | 'answered' | 'scored') {
  const { vetting } = ctx.platform.services;
  await vetting.db
    .deleteFrom('interview_sessions')
    .where('expert_id', '=', ctx.f.ids.owner)
    .execute();
  await withProfile(ctx, 'owner');
  const owner = await principal(ctx, ctx.f.ids.owner);
  const started = await vetting.interviews.start(owner);
  if (stage === 'started') return { sessionId: started.sessionId, turnId: started.prompt.turnId };
  const { service } = vetting.interviews;
  let turnId: string | undefined = started.prompt.turnId;
  while (turnId) {
    const outcome = await service.answer(
      started.sessionId,
      owner.id,
      turnId,
      'I would read the clause against the governing law, explain why, and flag the doubt.',
    );
    turnId = 'next' in outcome ? outcome.next.turnId : undefined;
  }
  if (stage === 'scored') await service.score(started.sessionId);
  return { sessionId: started.sessionId, turnId: started.prompt.turnId };
}

const mine = (path: string) => `/me/interview/sessions/${path}`;

export const VETTING_MATRIX: Record<string, Row> = {
  'GET /me/profile': { allowed: EXPERTS, status: 200, call: () => ({ path: '/me/profile' }) },
  'PUT /me/profile': {
    allowed: EXPERTS,
    status: 200,
    call: async (ctx, persona) => ({
      path: '/me/profile',
      body: {
        version: (await ctx.platform.services.vetting.profiles.load(idOf(ctx, persona))).version,
        profile: lawyerProfile(),
      },
    }),
  },
  'GET /credentials/queue': {
    allowed: VETTERS,
    status: 200,
    call: () => ({ path: '/credentials/queue' }),
  },
  'POST /experts/:expertId/credentials/:credentialId/decision': {
    allowed: VETTERS,
    status: 200,
    call: async (ctx) => {
      const spare = await ctx.platform.services.accounts.create({
        email: `vetted-${uuidv7()}@test.example`,
        displayName: 'vetted',
        password: 'vetted-password',
        role: 'expert',
        organisationId: null,
      });
      await ctx.platform.services.vetting.profiles.save(toPrincipal(spare), {
        version: 0,
        profile: lawyerProfile(),
      });
      return {
        path: `/experts/${spare.id}/credentials/bar-ny/decision`,
        body: { outcome: 'verified' },
      };
    },
  },
  'GET /me/interview': { allowed: EXPERTS, status: 200, call: () => ({ path: '/me/interview' }) },
  'POST /me/interview/sessions': {
    allowed: EXPERTS,
    status: 201,
    call: async (ctx, persona) => {
      await withProfile(ctx, persona);
      await ctx.platform.services.vetting.db
        .deleteFrom('interview_sessions')
        .where('expert_id', '=', idOf(ctx, persona))
        .execute();
      return { path: '/me/interview/sessions', body: {} };
    },
  },
  'GET /me/interview/sessions': {
    allowed: EXPERTS,
    status: 200,
    call: () => ({ path: '/me/interview/sessions' }),
  },
  'GET /me/interview/sessions/:sessionId': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => ({ path: mine((await ownerSession(ctx, 'started')).sessionId) }),
  },
  'GET /me/interview/sessions/:sessionId/current': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => ({
      path: mine(`${(await ownerSession(ctx, 'started')).sessionId}/current`),
    }),
  },
  'POST /me/interview/sessions/:sessionId/answers': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => {
      const { sessionId, turnId } = await ownerSession(ctx, 'started');
      return { path: mine(`${sessionId}/answers`), body: { turnId, text: 'My answer.' } };
    },
  },
  'POST /me/interview/sessions/:sessionId/integrity': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => {
      const { sessionId, turnId } = await ownerSession(ctx, 'started');
      return {
        path: mine(`${sessionId}/integrity`),
        body: { events: [{ kind: 'focus-lost', turnId, at: '2025-01-01T00:00:00.000Z' }] },
      };
    },
  },
  'POST /me/interview/sessions/:sessionId/abandon': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => ({
      path: mine(`${(await ownerSession(ctx, 'started')).sessionId}/abandon`),
      body: {},
    }),
  },
  'POST /me/interview/sessions/:sessionId/score': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => ({
      path: mine(`${(await ownerSession(ctx, 'answered')).sessionId}/score`),
      body: {},
    }),
  },
  'GET /experts/:expertId/interviews': {
    allowed: VETTERS,
    status: 200,
    call: ({ f }) => ({ path: `/experts/${f.ids.owner}/interviews` }),
  },
  'GET /interviews/:sessionId': {
    allowed: VETTERS,
    status: 200,
    call: async (ctx) => ({
      path: `/interviews/${(await ownerSession(ctx, 'started')).sessionId}`,
    }),
  },
  'POST /interviews/:sessionId/overrides': {
    allowed: VETTERS,
    status: 200,
    call: async (ctx) => ({
      path: `/interviews/${(await ownerSession(ctx, 'scored')).sessionId}/overrides`,
      body: { competencyId: 'communication', score: 3, reason: 'Clear answers on review.' },
    }),
  },
  'POST /experts/:expertId/interview-retakes': {
    allowed: VETTERS,
    status: 200,
    call: async (ctx) => {
      await ownerSession(ctx, 'scored');
      return {
        path: `/experts/${ctx.f.ids.owner}/interview-retakes`,
        body: { reason: 'The connection dropped during the interview.' },
      };
    },
  },
  'GET /me/catalogue': { allowed: EXPERTS, status: 200, call: () => ({ path: '/me/catalogue' }) },
  'POST /me/catalogue/:projectId/accept': {
    allowed: EXPERTS,
    status: 200,
    call: async (ctx, persona) => {
      await withProfile(ctx, persona);
      return { path: `/me/catalogue/${await listedProject(ctx)}/accept`, body: {} };
    },
  },
  'POST /me/catalogue/:projectId/decline': {
    allowed: EXPERTS,
    status: 200,
    call: async (ctx) => ({
      path: `/me/catalogue/${await listedProject(ctx)}/decline`,
      body: { reason: 'not now' },
    }),
  },
  'GET /projects/:projectId/listing': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/listing` }),
  },
  'PUT /projects/:projectId/listing': {
    allowed: MANAGERS,
    status: 200,
    call: async (ctx) => ({
      path: `/projects/${await project(ctx.platform, ctx.f.ids.requester)}/listing`,
      body: OPEN_LISTING,
    }),
  },
  'GET /projects/:projectId/candidates': {
    allowed: MANAGERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/candidates` }),
  },
  'GET /me/notifications': {
    allowed: 'signedIn',
    status: 200,
    call: () => ({ path: '/me/notifications' }),
  },
  'POST /me/notifications/read': {
    allowed: 'signedIn',
    status: 200,
    call: () => ({ path: '/me/notifications/read', body: {} }),
  },
};
