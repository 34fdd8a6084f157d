import Type from 'typebox';
import { Compile } from 'typebox/compile';
import { Uuid } from '../../../shared/model/annotationSchema';
import { ServiceError } from '../services/errors';
import {
  DocumentContentSchema,
  DocumentParams,
  DocumentRecordSchema,
  ERROR_RESPONSES,
  ProjectParams,
} from './schemas';
import { principalOf, type App, type RouteContext } from './types';

const checkId = Compile(Uuid);

export function documentRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;

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
          'multipart/form-data: one `file` part (PDF or UTF-8/UTF-16 text) and an optional `id` field (a UUIDv7 the client chose, so a retried upload is idempotent).',
        consumes: ['multipart/form-data'],
        params: ProjectParams,
        response: { 201: DocumentRecordSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      // Check the right before reading a possibly large body.
      await services.projects.get(principalOf(request), request.params.projectId);
      if (!request.isMultipart()) throw new ServiceError('badRequest', 'send multipart/form-data');
      let id: string | undefined;
      let file: { name: string; bytes: Uint8Array } | undefined;
      for await (const part of request.parts({
        limits: { fileSize: limits.maxUploadBytes, files: 1, fields: 2, fieldSize: 100 },
      })) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || file)
            throw new ServiceError('badRequest', 'send exactly one part named file');
          const bytes = await part.toBuffer();
          file = {
            name: part.filename || 'document',
            bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
          };
        } else if (
          part.fieldname === 'id' &&
          typeof part.value === 'string' &&
          checkId.Check(part.value)
        ) {
          id = part.value;
        } else {
          throw new ServiceError('badRequest', `unexpected field ${part.fieldname.slice(0, 40)}`);
        }
      }
      if (!file) throw new ServiceError('badRequest', 'send one part named file');
      const record = await services.documents.upload(
        principalOf(request),
        request.params.projectId,
        {
          ...(id ? { id } : {}),
          ...file,
        },
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
