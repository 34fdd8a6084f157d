/**
 * Wire schemas of the platform API that both the server (response allow-lists) and the desktop
 * client (validating what it receives) use. Responses are allow-lists: unlisted fields never leave.
 */
import Type from 'typebox';
import { Strict } from '../ipc/schema';
import { Instant, Uuid } from '../model/annotationSchema';
import { ASSIGNMENT_STATUSES } from '../model/assignment';
import { UnmetRequirements } from '../matching/unmet';

export const ErrorBody = Strict({
  error: Type.String(),
  message: Type.String(),
  /** For a sync gap: the mutation id the server needs next. */
  expectedMutationId: Type.Optional(Type.Integer()),
  /** For a refused upload: why (an ImportProblemCode). */
  problem: Type.Optional(Type.String()),
  /** For work refused as `notEligible`: the project's requirements that are not met. */
  unmet: Type.Optional(UnmetRequirements),
});

export const ERROR_RESPONSES = { '4xx': ErrorBody, '5xx': ErrorBody } as const;

export const ProjectParams = Strict({ projectId: Uuid });
export const DocumentParams = Strict({ projectId: Uuid, documentId: Uuid });
export const AssignmentParams = Strict({ projectId: Uuid, assignmentId: Uuid });
export const MemberParams = Strict({ projectId: Uuid, accountId: Uuid });

export const DocumentRecordSchema = Strict({
  id: Uuid,
  projectId: Uuid,
  name: Type.String(),
  kind: Type.Enum(['pdf', 'text']),
  mediaType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  pageCount: Type.Optional(Type.Integer()),
  charCount: Type.Integer(),
  warnings: Type.Array(Type.String()),
  createdAt: Instant,
});

export const DocumentContentSchema = Strict({
  documentId: Uuid,
  /** Canonical text; offsets are UTF-16 code units. PDFs: pages joined by "\f". */
  text: Type.String(),
  pageStarts: Type.Optional(Type.Array(Type.Integer())),
});

export const TaskSchema = Strict({
  id: Uuid,
  projectId: Uuid,
  documentId: Uuid,
  title: Type.String(),
  status: Type.Enum(['open', 'closed']),
  createdAt: Instant,
});

export const AssignmentSchema = Strict({
  id: Uuid,
  projectId: Uuid,
  taskId: Uuid,
  expertId: Uuid,
  status: Type.Enum([...ASSIGNMENT_STATUSES]),
  reason: Type.Optional(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
  dueAt: Type.Optional(Instant),
  /** Submissions so far. */
  round: Type.Optional(Type.Integer({ minimum: 0 })),
});

export const MemberSchema = Strict({
  accountId: Uuid,
  role: Type.Enum(['expert', 'reviewer']),
  displayName: Type.String(),
  addedAt: Instant,
});

export const MeSchema = Strict({
  id: Uuid,
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Enum(['expert', 'reviewer', 'requester', 'admin']),
  organisationId: Type.Union([Uuid, Type.Null()]),
});

export const ProgressSchema = Strict({
  documents: Type.Integer(),
  tasks: Type.Integer(),
  annotations: Type.Integer(),
  assignments: Type.Record(Type.String(), Type.Integer()),
});

export const Ok = Strict({ ok: Type.Literal(true) });
