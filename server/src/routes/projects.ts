import Type from 'typebox';
import { Uuid } from '../../../shared/model/annotationSchema';
import { Project, ProjectDefinition, ProjectPatch } from '../../../shared/model/project';
import {
  ERROR_RESPONSES,
  MemberParams,
  MemberSchema,
  Ok,
  ProgressSchema,
  ProjectParams,
  Strict,
} from './schemas';
import { exportProjectW3c } from '../services/export/w3c';
import { principalOf, type App, type RouteContext } from './types';

const CreateProject = Type.Object(
  { ...ProjectDefinition.properties, id: Type.Optional(Uuid) },
  { additionalProperties: false, required: ProjectDefinition.required },
);

export function projectRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };

  app.get(
    '/projects',
    {
      config: account,
      schema: { tags: ['projects'], response: { 200: Type.Array(Project), ...ERROR_RESPONSES } },
    },
    (request) => services.projects.list(principalOf(request)),
  );

  app.post(
    '/projects',
    {
      config: write,
      schema: {
        tags: ['projects'],
        body: CreateProject,
        response: { 201: Project, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { id, ...definition } = request.body as { id?: string } & ProjectDefinition;
      const project = await services.projects.create(principalOf(request), definition, id);
      return reply.code(201).send(project);
    },
  );

  app.get(
    '/projects/:projectId',
    {
      config: account,
      schema: {
        tags: ['projects'],
        params: ProjectParams,
        response: { 200: Project, ...ERROR_RESPONSES },
      },
    },
    (request) => services.projects.get(principalOf(request), request.params.projectId),
  );

  app.patch(
    '/projects/:projectId',
    {
      config: write,
      schema: {
        tags: ['projects'],
        params: ProjectParams,
        body: ProjectPatch,
        response: { 200: Project, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      services.projects.update(principalOf(request), request.params.projectId, request.body),
  );

  app.get(
    '/projects/:projectId/progress',
    {
      config: account,
      schema: {
        tags: ['projects'],
        params: ProjectParams,
        response: { 200: ProgressSchema, ...ERROR_RESPONSES },
      },
    },
    (request) => services.projects.progress(principalOf(request), request.params.projectId),
  );

  app.get(
    '/projects/:projectId/export/w3c',
    {
      config: account,
      schema: {
        tags: ['projects'],
        description: 'All live annotations as a W3C Web Annotation AnnotationCollection (JSON-LD).',
        params: ProjectParams,
        response: { 200: Type.Object({}, { additionalProperties: true }), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const collection = await exportProjectW3c(
        services.db.kysely,
        principalOf(request),
        request.params.projectId,
      );
      return reply
        .header('content-type', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"')
        .serializer((payload) => JSON.stringify(payload))
        .send(collection);
    },
  );

  app.get(
    '/projects/:projectId/members',
    {
      config: account,
      schema: {
        tags: ['projects'],
        params: ProjectParams,
        response: { 200: Type.Array(MemberSchema), ...ERROR_RESPONSES },
      },
    },
    (request) => services.projects.listMembers(principalOf(request), request.params.projectId),
  );

  app.put(
    '/projects/:projectId/members/:accountId',
    {
      config: write,
      schema: {
        tags: ['projects'],
        params: MemberParams,
        body: Strict({ role: Type.Enum(['expert', 'reviewer']) }),
        response: { 200: Ok, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { projectId, accountId } = request.params;
      await services.projects.addMember(
        principalOf(request),
        projectId,
        accountId,
        request.body.role,
      );
      return { ok: true as const };
    },
  );

  app.delete(
    '/projects/:projectId/members/:accountId',
    {
      config: write,
      schema: {
        tags: ['projects'],
        params: MemberParams,
        response: { 200: Ok, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { projectId, accountId } = request.params;
      await services.projects.removeMember(principalOf(request), projectId, accountId);
      return { ok: true as const };
    },
  );
}
