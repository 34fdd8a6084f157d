/**
 * The platform API operations the desktop client may call, as data: method, path, and the
 * schemas of parameters, body and response. The renderer names an operation; main builds the
 * request, attaches the access token, and validates both directions against these schemas — so
 * the renderer can reach exactly these endpoints and nothing else, and never sees a token.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { Bytes, Empty, Strict } from '../ipc/schema';
import { Uuid } from '../model/annotationSchema';
import { ASSIGNMENT_STATUSES } from '../model/assignment';
import { Project } from '../model/project';
import { MAX_PULL_LIMIT, PullResponse, PushRequest, PushResponse } from '../sync/protocol';
import { compareOperations } from './ops/compare';
import { vettingOperations } from './ops/vetting';
import {
  AssignmentSchema,
  DocumentContentSchema,
  DocumentRecordSchema,
  MeSchema,
  TaskSchema,
} from './schemas';
import { workOperations } from './ops/work';

export interface OperationSpec {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `:name` segments are filled from params; other params go to the query string. */
  readonly path: string;
  readonly params: TSchema;
  readonly body?: TSchema;
  readonly response: TSchema;
  /** The answer is the body's bytes (a Uint8Array), not JSON. */
  readonly binary?: boolean;
}

const ProjectRef = Strict({ projectId: Uuid });
const DocumentRef = Strict({ projectId: Uuid, documentId: Uuid });

export const coreOperations = {
  'me.get': { method: 'GET', path: '/me', params: Empty, response: MeSchema },
  'me.assignments': {
    method: 'GET',
    path: '/me/assignments',
    params: Empty,
    response: Type.Array(AssignmentSchema),
  },
  'projects.list': {
    method: 'GET',
    path: '/projects',
    params: Empty,
    response: Type.Array(Project),
  },
  'projects.get': {
    method: 'GET',
    path: '/projects/:projectId',
    params: ProjectRef,
    response: Project,
  },
  'tasks.list': {
    method: 'GET',
    path: '/projects/:projectId/tasks',
    params: ProjectRef,
    response: Type.Array(TaskSchema),
  },
  'documents.list': {
    method: 'GET',
    path: '/projects/:projectId/documents',
    params: ProjectRef,
    response: Type.Array(DocumentRecordSchema),
  },
  'documents.content': {
    method: 'GET',
    path: '/projects/:projectId/documents/:documentId/content',
    params: DocumentRef,
    response: DocumentContentSchema,
  },
  'documents.file': {
    method: 'GET',
    path: '/projects/:projectId/documents/:documentId/file',
    params: DocumentRef,
    response: Bytes,
    binary: true,
  },
  'assignments.transition': {
    method: 'POST',
    path: '/projects/:projectId/assignments/:assignmentId/status',
    params: Strict({ projectId: Uuid, assignmentId: Uuid }),
    body: Strict({
      status: Type.Enum([...ASSIGNMENT_STATUSES]),
      reason: Type.Optional(Type.String({ minLength: 1, maxLength: 10_000 })),
    }),
    response: AssignmentSchema,
  },
  'sync.push': {
    method: 'POST',
    path: '/sync/push',
    params: Empty,
    body: PushRequest,
    response: PushResponse,
  },
  'sync.pull': {
    method: 'GET',
    path: '/sync/pull',
    params: Strict({
      projectId: Uuid,
      cursor: Type.Optional(Type.String({ maxLength: 64 })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PULL_LIMIT })),
    }),
    response: PullResponse,
  },
} as const satisfies Record<string, OperationSpec>;

/** Every operation; features add their own tables here (interview, queue, review, earnings…). */
export const operations = {
  ...coreOperations,
  ...vettingOperations,
  ...workOperations,
  ...compareOperations,
} as const satisfies Record<string, OperationSpec>;

export type Operations = typeof operations;
export type OperationId = keyof Operations;

/** Every operation id, for the IPC contract's schema of `platform:call`. */
export const OPERATION_IDS = Object.keys(operations) as OperationId[];
export type ParamsOf<O extends OperationId> = Static<Operations[O]['params']>;
export type BodyOf<O extends OperationId> = Operations[O] extends { body: infer B extends TSchema }
  ? Static<B>
  : undefined;
export type ResultOf<O extends OperationId> = Static<Operations[O]['response']>;

/** Why a platform call did not return data; the renderer shows each differently. */
export const PLATFORM_FAILURES = [
  /** Not signed in to a platform. */
  'signedOut',
  /** The provider refused the session: sign in again. */
  'sessionExpired',
  /** No network, or the platform did not answer. */
  'offline',
  /** The platform says this app is too old (HTTP 426). */
  'upgradeRequired',
  /** The platform answered with an error (its code and message are passed on). */
  'rejected',
  /** The platform's answer did not match the schema: refused rather than trusted. */
  'badResponse',
] as const;
export type PlatformFailure = (typeof PLATFORM_FAILURES)[number];

function scalar(name: string, value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  throw new Error(`parameter ${name} must be a string, number or boolean`);
}

/** Fills `:name` segments (URI-encoded) and returns the remaining params for the query string. */
export function buildPath(
  path: string,
  params: Record<string, unknown>,
): { path: string; query: Record<string, string> } {
  const query: Record<string, string> = {};
  const used = new Set<string>();
  const filled = path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    used.add(name);
    const value = params[name];
    if (value === undefined || value === null || value === '')
      throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(scalar(name, value));
  });
  for (const [key, value] of Object.entries(params)) {
    if (!used.has(key) && value !== undefined) query[key] = scalar(key, value);
  }
  return { path: filled, query };
}
