/**
 * The work routes' rows of the authorization matrix (authz.matrix.test.ts spreads them in). Each
 * call builds fresh state for one persona, so an allowed caller's success never changes what the
 * next persona sees.
 */
import { uuidv7 } from 'uuidv7';
import { DEFAULT_WORK_SETTINGS } from '../../../../shared/work/settings';
import type { Platform } from '../../platform';
import type { Fixture, Persona } from '../../testing/fixture';
import { accepted, approved, offer, spanOnP, submitted } from '../../testing/workFixture';

type Ctx = { platform: Platform; f: Fixture };
interface Call {
  readonly path: string;
  readonly body?: unknown;
}
export interface WorkRow {
  readonly allowed: readonly Persona[] | 'signedIn';
  readonly status: number;
  readonly call: (ctx: Ctx, persona: Persona) => Promise<Call> | Call;
}

const READERS: Persona[] = ['owner', 'reviewer', 'requester', 'admin'];
const MANAGERS: Persona[] = ['requester', 'admin'];
const REVIEWERS: Persona[] = ['reviewer', 'admin'];
const STAFF: Persona[] = ['reviewer', 'requester', 'admin'];
const EXPERTS: Persona[] = ['owner', 'otherExpert', 'otherProjectMember'];

const P = ({ f }: Ctx) => `/projects/${f.projectP}`;

export const WORK_MATRIX: Record<string, WorkRow> = {
  'GET /me/queue': { allowed: 'signedIn', status: 200, call: () => ({ path: '/me/queue' }) },
  'GET /projects/:projectId/documents/:documentId/download': {
    allowed: READERS,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/documents/${ctx.f.documentP}/download` }),
  },
  'GET /projects/:projectId/work-settings': {
    allowed: READERS,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/work-settings` }),
  },
  'PUT /projects/:projectId/work-settings': {
    allowed: MANAGERS,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/work-settings`, body: DEFAULT_WORK_SETTINGS }),
  },
  'POST /projects/:projectId/assignments/:assignmentId/submit': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => {
      const { assignmentId } = await accepted(ctx.platform, ctx.f);
      return {
        path: `${P(ctx)}/assignments/${assignmentId}/submit`,
        body: { annotations: [spanOnP(ctx.f, 4, 11)] },
      };
    },
  },
  'GET /projects/:projectId/assignments/:assignmentId/submission': {
    allowed: READERS,
    status: 200,
    call: async (ctx) => {
      const { assignmentId } = await submitted(ctx.platform, ctx.f);
      return { path: `${P(ctx)}/assignments/${assignmentId}/submission` };
    },
  },
  'GET /projects/:projectId/assignments/:assignmentId/review': {
    allowed: READERS,
    status: 200,
    call: async (ctx) => {
      const { assignmentId } = await approved(ctx.platform, ctx.f);
      return { path: `${P(ctx)}/assignments/${assignmentId}/review` };
    },
  },
  'POST /projects/:projectId/assignments/:assignmentId/review': {
    allowed: REVIEWERS,
    status: 200,
    call: async (ctx) => {
      const made = await submitted(ctx.platform, ctx.f);
      return {
        path: `${P(ctx)}/assignments/${made.assignmentId}/review`,
        body: {
          submissionId: made.submissionId,
          decisions: made.annotations.map((a) => ({ annotationId: a.id, verdict: 'accept' })),
        },
      };
    },
  },
  'GET /projects/:projectId/review-queue': {
    allowed: REVIEWERS,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/review-queue` }),
  },
  'GET /projects/:projectId/documents/:documentId/submissions': {
    allowed: REVIEWERS,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/documents/${ctx.f.documentP}/submissions` }),
  },
  'PUT /projects/:projectId/documents/:documentId/adjudication': {
    allowed: REVIEWERS,
    status: 200,
    call: (ctx) => ({
      path: `${P(ctx)}/documents/${ctx.f.documentP}/adjudication`,
      body: { annotations: [spanOnP(ctx.f, 4, 11)] },
    }),
  },
  'GET /projects/:projectId/agreement': {
    allowed: STAFF,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/agreement` }),
  },
  'GET /projects/:projectId/gold': {
    allowed: MANAGERS,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/gold` }),
  },
  'PUT /projects/:projectId/gold/:taskId': {
    allowed: MANAGERS,
    status: 200,
    call: async (ctx) => {
      // A task offered to nobody, so making it gold changes no one's queue.
      const { taskId } = await offer(ctx.platform, ctx.f, ctx.f.ids.otherExpert);
      return { path: `${P(ctx)}/gold/${taskId}`, body: { annotations: [spanOnP(ctx.f, 4, 11)] } };
    },
  },
  'GET /projects/:projectId/gold-scores': {
    allowed: STAFF,
    status: 200,
    call: (ctx) => ({ path: `${P(ctx)}/gold-scores` }),
  },
  'GET /me/gold': { allowed: 'signedIn', status: 200, call: () => ({ path: '/me/gold' }) },
  'POST /me/time': {
    allowed: 'signedIn',
    status: 200,
    call: () => ({
      path: '/me/time',
      body: { batchId: uuidv7(), clientSentAt: Date.now(), intervals: [] },
    }),
  },
  'GET /me/time': { allowed: 'signedIn', status: 200, call: () => ({ path: '/me/time' }) },
  'GET /me/earnings': { allowed: 'signedIn', status: 200, call: () => ({ path: '/me/earnings' }) },
  'POST /me/payouts': {
    allowed: EXPERTS,
    status: 200,
    // Asked of organisation A: the owner is paid from what A owes them, anyone else is refused
    // for funds (200, status rejected) — a payout never reaches another expert's money.
    call: (ctx) => ({
      path: '/me/payouts',
      body: {
        idempotencyKey: uuidv7(),
        amountMinor: 100,
        currency: 'EUR',
        organisationId: ctx.f.orgA,
      },
    }),
  },
  'POST /projects/:projectId/bonuses': {
    allowed: MANAGERS,
    status: 201,
    call: (ctx) => ({
      path: `${P(ctx)}/bonuses`,
      body: {
        expertId: ctx.f.ids.owner,
        amountMinor: 250,
        reason: 'thorough work',
        idempotencyKey: uuidv7(),
      },
    }),
  },
  'POST /projects/:projectId/adjustments': {
    allowed: MANAGERS,
    status: 201,
    call: (ctx) => ({
      path: `${P(ctx)}/adjustments`,
      body: {
        expertId: ctx.f.ids.owner,
        amountMinor: 100,
        reason: 'rate correction',
        idempotencyKey: uuidv7(),
      },
    }),
  },
};
