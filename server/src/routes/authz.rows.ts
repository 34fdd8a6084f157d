/**
 * The core routes' rows of the authorization matrix (authz.matrix.test.ts runs them with the
 * vetting and work rows). Each call builds the state it needs; the runner builds it afresh for
 * every persona allowed to act and once for those refused (a refusal changes nothing).
 */
import { expect } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { FINANCE_PAYLOAD } from '../../../shared/compare/financeDemo';
import { toPrincipal } from '../services/accounts/accounts';
import type { Platform } from '../platform';
import { enrol, giveProfile } from '../testing/experts';
import { definition, PERSONAS, type Fixture, type Persona } from '../testing/fixture';

export type Ctx = { platform: Platform; f: Fixture };
export interface Call {
  readonly path: string;
  readonly body?: unknown;
  readonly form?: FormData;
  readonly stream?: boolean;
}
export interface Row {
  readonly allowed: readonly Persona[] | 'everyone' | 'signedIn';
  readonly status: number;
  /** Builds a fresh request (and any state it needs) for one persona. */
  readonly call: (ctx: Ctx, persona: Persona) => Promise<Call> | Call;
  /** For routes that answer 200 and refuse item by item (sync push). */
  readonly deniedCheck?: (body: unknown) => void;
}

export const READERS: Persona[] = ['owner', 'reviewer', 'requester', 'admin'];
export const MANAGERS: Persona[] = ['requester', 'admin'];
export const SIGNED_IN = PERSONAS.filter((p) => p !== 'anonymous' && p !== 'expired');

/** A fresh account of `role` (an expert with a profile that qualifies for P). */
async function spare(
  { platform, f }: Ctx,
  role: 'expert' | 'reviewer' = 'expert',
): Promise<string> {
  const row = await platform.services.accounts.create({
    email: `spare-${uuidv7()}@test.example`,
    displayName: 'spare',
    password: 'spare-password',
    role,
    // A reviewer of P's own organisation (another organisation's is refused: idLeaks.test.ts).
    organisationId: role === 'reviewer' ? f.orgA : null,
  });
  if (role === 'expert') await giveProfile(platform.services, row.id);
  return row.id;
}
const spareExpert = (ctx: Ctx) => spare(ctx, 'expert');

async function requesterOfP({ platform, f }: Ctx) {
  const row = await platform.services.accounts.byId(f.ids.requester);
  return toPrincipal(row!);
}

/** The platform's own routes (projects, documents, tasks, sync, events). */
export const CORE_MATRIX: Record<string, Row> = {
  'GET /health': { allowed: 'everyone', status: 200, call: () => ({ path: '/health' }) },
  'GET /openapi.json': {
    allowed: 'everyone',
    status: 200,
    call: () => ({ path: '/openapi.json' }),
  },
  'GET /me': { allowed: 'signedIn', status: 200, call: () => ({ path: '/me' }) },
  'GET /me/assignments': {
    allowed: 'signedIn',
    status: 200,
    call: () => ({ path: '/me/assignments' }),
  },
  'GET /projects': { allowed: 'signedIn', status: 200, call: () => ({ path: '/projects' }) },
  'POST /projects': {
    allowed: [...MANAGERS, 'otherTenantAdmin', 'requesterB'],
    status: 201,
    call: () => ({ path: '/projects', body: definition('created by matrix') }),
  },
  'GET /projects/:projectId': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}` }),
  },
  'PATCH /projects/:projectId': {
    allowed: MANAGERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}`, body: { description: 'edited' } }),
  },
  'GET /projects/:projectId/progress': {
    allowed: [...MANAGERS, 'reviewer'],
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/progress` }),
  },
  'GET /projects/:projectId/export/w3c': {
    allowed: MANAGERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/export/w3c` }),
  },
  'GET /projects/:projectId/members': {
    allowed: MANAGERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/members` }),
  },
  'PUT /projects/:projectId/members/:accountId': {
    allowed: MANAGERS,
    status: 200,
    call: async (ctx) => ({
      // Experts join only by accepting an offer (services/assignments.test.ts); staff add reviewers.
      path: `/projects/${ctx.f.projectP}/members/${await spare(ctx, 'reviewer')}`,
      body: { role: 'reviewer' },
    }),
  },
  'DELETE /projects/:projectId/members/:accountId': {
    allowed: MANAGERS,
    status: 200,
    call: async (ctx) => {
      const id = await spareExpert(ctx);
      await enrol(
        ctx.platform.services,
        await requesterOfP(ctx),
        ctx.f.projectP,
        id,
        ctx.f.documentP,
      );
      return { path: `/projects/${ctx.f.projectP}/members/${id}` };
    },
  },
  'GET /projects/:projectId/documents': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/documents` }),
  },
  'POST /projects/:projectId/documents': {
    allowed: MANAGERS,
    status: 201,
    call: ({ f }) => {
      const form = new FormData();
      form.set('file', new Blob([`uploaded ${uuidv7()}`]), 'm.txt');
      return { path: `/projects/${f.projectP}/documents`, form };
    },
  },
  'GET /projects/:projectId/documents/:documentId': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/documents/${f.documentP}` }),
  },
  'GET /projects/:projectId/documents/:documentId/content': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/documents/${f.documentP}/content` }),
  },
  'GET /projects/:projectId/documents/:documentId/file': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/documents/${f.documentP}/file` }),
  },
  'GET /projects/:projectId/tasks': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/tasks` }),
  },
  'GET /projects/:projectId/tasks/:taskId/payload': {
    allowed: READERS,
    status: 200,
    call: async ({ platform, f }) => {
      // An answer-review task in P (written directly: P is not a review project), offered to the owner.
      const taskId = uuidv7();
      const now = new Date().toISOString();
      const db = platform.services.db.kysely;
      await db
        .insertInto('tasks')
        .values({
          project_id: f.projectP,
          id: taskId,
          document_id: f.documentP,
          title: 'review',
          status: 'open',
          created_at: now,
          payload: JSON.stringify(FINANCE_PAYLOAD),
        })
        .execute();
      await platform.services.tasks.offer(await requesterOfP({ platform, f }), f.projectP, {
        taskId,
        expertId: f.ids.owner,
      });
      return { path: `/projects/${f.projectP}/tasks/${taskId}/payload` };
    },
  },
  'POST /projects/:projectId/tasks': {
    allowed: MANAGERS,
    status: 201,
    call: ({ f }) => ({
      path: `/projects/${f.projectP}/tasks`,
      body: { documentId: f.documentP, title: 'matrix' },
    }),
  },
  'GET /projects/:projectId/assignments': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/projects/${f.projectP}/assignments` }),
  },
  'POST /projects/:projectId/assignments': {
    allowed: MANAGERS,
    status: 201,
    call: async (ctx) => {
      const task = await ctx.platform.services.tasks.createTask(
        await requesterOfP(ctx),
        ctx.f.projectP,
        {
          documentId: ctx.f.documentP,
          title: 'offer me',
        },
      );
      return {
        path: `/projects/${ctx.f.projectP}/assignments`,
        body: { taskId: task.id, expertId: await spareExpert(ctx) },
      };
    },
  },
  'POST /projects/:projectId/assignments/:assignmentId/status': {
    allowed: ['owner'],
    status: 200,
    call: async (ctx) => {
      const requester = await requesterOfP(ctx);
      const task = await ctx.platform.services.tasks.createTask(requester, ctx.f.projectP, {
        documentId: ctx.f.documentP,
        title: 'accept me',
      });
      const offer = await ctx.platform.services.tasks.offer(requester, ctx.f.projectP, {
        taskId: task.id,
        expertId: ctx.f.ids.owner,
      });
      return {
        path: `/projects/${ctx.f.projectP}/assignments/${offer.id}/status`,
        body: { status: 'accepted' },
      };
    },
  },
  'POST /sync/push': {
    allowed: ['owner', 'reviewer'],
    status: 200,
    call: ({ f }) => ({
      path: '/sync/push',
      body: {
        clientId: uuidv7(),
        mutations: [
          {
            id: 1,
            kind: 'annotation.put',
            annotation: {
              id: uuidv7(),
              projectId: f.projectP,
              documentId: f.documentP,
              target: { kind: 'document' },
              body: { labels: ['indemnity'] },
              createdAt: '2025-01-01T00:00:00Z',
              updatedAt: '2025-01-01T00:00:00Z',
            },
          },
        ],
      },
    }),
    deniedCheck: (body) =>
      expect(body).toEqual({
        lastMutationId: 1,
        outcomes: [{ id: 1, status: 'rejected', reason: 'forbidden' }],
      }),
  },
  'GET /sync/pull': {
    allowed: READERS,
    status: 200,
    call: ({ f }) => ({ path: `/sync/pull?projectId=${f.projectP}` }),
  },
  'GET /events': {
    allowed: 'signedIn',
    status: 200,
    call: () => ({ path: '/events', stream: true }),
  },
};
