import Type from 'typebox';
import { Credential } from '../../../../shared/profile/profile';
import {
  CredentialDecision,
  CredentialQueueItem,
  ProfileEnvelope,
  ProfileSave,
} from '../../../../shared/platform/ops/vettingSchemas';
import { Uuid } from '../../../../shared/model/annotationSchema';
import { ERROR_RESPONSES, Strict } from '../schemas';
import { principalOf, type App, type RouteContext } from '../types';

export function profileRoutes(app: App, { services, limits }: RouteContext): void {
  const account = { auth: 'account' } as const;
  const write = { ...account, rateLimit: limits.writeRateLimit };
  const { profiles } = services.vetting;

  app.get(
    '/me/profile',
    {
      config: account,
      schema: { tags: ['vetting'], response: { 200: ProfileEnvelope, ...ERROR_RESPONSES } },
    },
    (request) => profiles.get(principalOf(request)),
  );

  app.put(
    '/me/profile',
    {
      config: write,
      schema: {
        tags: ['vetting'],
        description: 'Saves the profile; credentials are checked and go to the reviewer queue.',
        body: ProfileSave,
        response: { 200: ProfileEnvelope, ...ERROR_RESPONSES },
      },
    },
    (request) => profiles.save(principalOf(request), request.body),
  );

  app.get(
    '/credentials/queue',
    {
      config: account,
      schema: {
        tags: ['vetting'],
        description: 'Credentials waiting for a reviewer, oldest first (reviewers and admins).',
        response: { 200: Type.Array(CredentialQueueItem), ...ERROR_RESPONSES },
      },
    },
    (request) => profiles.queue(principalOf(request)),
  );

  app.post(
    '/experts/:expertId/credentials/:credentialId/decision',
    {
      config: write,
      schema: {
        tags: ['vetting'],
        params: Strict({
          expertId: Uuid,
          credentialId: Type.String({ minLength: 1, maxLength: 64 }),
        }),
        body: CredentialDecision,
        response: { 200: Credential, ...ERROR_RESPONSES },
      },
    },
    (request) =>
      profiles.decide(
        principalOf(request),
        request.params.expertId,
        request.params.credentialId,
        request.body,
      ),
  );
}
