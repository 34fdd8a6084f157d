import Type from 'typebox';
import {
  DocumentContentSchema,
  DocumentParams,
  DocumentRecordSchema,
  ERROR_RESPONSES,
  ProjectParams,
} from './schemas';
import { principalOf, type App, type RouteContext } from './types';
import { createUploadGate } from './uploads';

export function documentRoutes(app: App, { services, limits, uploadDir }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const uploads = createUploadGate(uploadDir, limits.uploads, limits.maxUploadBytes);

  app.get(
    '/projects/:projectId/documents',
    {
      config: account,
      schema: {
        tags: ['documents'],
        params: ProjectParams,
        response: { 200: Type.Array(DocumentRecordSchema), ...ERROR_RESPONSES },
      },
    },
    (request) => services.documents.list(principalOf(request), request.params.projectId),
  );

  app.post(
    '/projects/:projectId/documents',
    {
      config: { ...account, rateLimit: limits.writeRateLimit },
      schema: {
        tags: ['documents'],
        description:
          'multipart/form-data: one `file` part (PDF or UTF-8/UTF-16 text) and an optional `id` field (a UUIDv7 the client chose, so a retried upload is idempotent). Refused before the body is read: no right to upload (404/403), a declared size over the limit (413), too many uploads in progress for the account (429) or the server (503, with Retry-After).',
        consumes: ['multipart/form-data'],
        params: ProjectParams,
        response: { 201: DocumentRecordSchema, ...ERROR_RESPONSES },
      },
      // Runs after authentication and before anything reads the body. A refused upload's body
      // is then discarded as it arrives (never buffered); closing the connection instead would
      // stop most HTTP clients from reading the answer (they fail with EPIPE mid-send).
      preHandler: async (request, reply) => {
        const principal = principalOf(request);
        await services.documents.authorizeUpload(principal, request.params.projectId);
        uploads.admit(request, reply, principal.id);
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const received = await uploads.receive(request);
      const record = await uploads.run(received, (bytes) =>
        services.documents.upload(principal, request.params.projectId, {
          ...(received.id ? { id: received.id } : {}),
          name: received.name,
          bytes,
        }),
      );
      return reply.code(201).send(record);
    },
  );

  app.get(
    '/projects/:projectId/documents/:documentId',
    {
      config: account,
      schema: {
        tags: ['documents'],
        params: DocumentParams,
        response: { 200: DocumentRecordSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      services.documents.get(
        principalOf(request),
        request.params.projectId,
        request.params.documentId,
      ),
  );

  app.get(
    '/projects/:projectId/documents/:documentId/content',
    {
      config: account,
      schema: {
        tags: ['documents'],
        params: DocumentParams,
        response: { 200: DocumentContentSchema, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      services.documents.content(
        principalOf(request),
        request.params.projectId,
        request.params.documentId,
      ),
  );

  app.get(
    '/projects/:projectId/documents/:documentId/file',
    {
      config: account,
      schema: {
        tags: ['documents'],
        description: 'The original bytes.',
        produces: ['application/pdf', 'text/plain'],
        params: DocumentParams,
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const file = await services.documents.file(
        principalOf(request),
        request.params.projectId,
        request.params.documentId,
      );
      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.bytes));
    },
  );
}
