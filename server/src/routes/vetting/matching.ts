import {
  Accepted,
  Candidates,
  Catalogue,
  DeclineBody,
  ListingEnvelope,
  ProjectListing,
} from '../../../../shared/platform/ops/vettingSchemas';
import { ERROR_RESPONSES, Ok, ProjectParams, Strict } from '../schemas';
import { principalOf, type App, type RouteContext } from '../types';

export function matchingRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };
  const { matching, catalogue } = services.vetting;
  const tags = ['matching'];

  app.get(
    '/me/catalogue',
    {
      config: account,
      schema: {
        tags,
        description:
          'Projects for you: open listed projects you qualify for, best first, with the reasons; and why not the others.',
        response: { 200: Catalogue, ...ERROR_RESPONSES },
      },
    },
    (request) => matching.catalogue(principalOf(request)),
  );

  app.post(
    '/me/catalogue/:projectId/accept',
    {
      config: write,
      schema: {
        tags,
        description: 'Takes the project: its open tasks are offered to you and accepted.',
        params: ProjectParams,
        body: Strict({}),
        response: { 200: Accepted, ...ERROR_RESPONSES },
      },
    },
    (request) => catalogue.accept(principalOf(request), request.params.projectId),
  );

  app.post(
    '/me/catalogue/:projectId/decline',
    {
      config: write,
      schema: {
        tags,
        params: ProjectParams,
        body: DeclineBody,
        response: { 200: Ok, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      await catalogue.decline(principalOf(request), request.params.projectId, request.body.reason);
      return { ok: true as const };
    },
  );

  app.get(
    '/projects/:projectId/listing',
    {
      config: account,
      schema: {
        tags,
        params: ProjectParams,
        response: { 200: ListingEnvelope, ...ERROR_RESPONSES },
      },
    },
    (request) => catalogue.getListing(principalOf(request), request.params.projectId),
  );

  app.put(
    '/projects/:projectId/listing',
    {
      config: write,
      schema: {
        tags,
        description:
          'What matching needs beyond the project (sub-specialties, credentials, competencies, hours). An open listed project is in the catalogue.',
        params: ProjectParams,
        body: ProjectListing,
        response: { 200: ListingEnvelope, ...ERROR_RESPONSES },
      },
    },
    (request) => catalogue.putListing(principalOf(request), request.params.projectId, request.body),
  );

  app.get(
    '/projects/:projectId/candidates',
    {
      config: account,
      schema: {
        tags,
        description:
          'Experts ranked for the project, with reasons; those filtered out, counted by reason.',
        params: ProjectParams,
        response: { 200: Candidates, ...ERROR_RESPONSES },
      },
    },
    (request) => matching.candidates(principalOf(request), request.params.projectId),
  );
}
