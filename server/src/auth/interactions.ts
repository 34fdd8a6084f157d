/**
 * The sign-in and consent pages oidc-provider sends the browser to. Mounted under
 * /oidc/interaction/:uid. A browser is reading: every answer, errors included, is a page.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../routes/types';
import type Provider from 'oidc-provider';
import Type from 'typebox';
import { parseFormBody } from '../routes/jsonBody';
import { normaliseEmail } from '../services/accounts/accounts';
import { ServiceError } from '../services/core/errors';
import { PAGE_HEADERS } from './html';
import { createLoginLimiter, type LoginRateLimit } from './loginLimiter';
import { consentPage, loginPage, messagePage, waitText } from './pages';

export interface InteractionOptions {
  readonly provider: () => Provider;
  /** Resolves to the account id when the e-mail and password match an active account. */
  readonly checkPassword: (email: string, password: string) => Promise<string | undefined>;
  readonly loginRateLimit: LoginRateLimit;
}

const Uid = Type.Object(
  { uid: Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) },
  { additionalProperties: false },
);
const LoginForm = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
const Empty = Type.Object({}, { additionalProperties: false });
const Html = {
  200: Type.String(),
  303: Type.Null(),
  400: Type.String(),
  401: Type.String(),
  429: Type.String(),
};

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).headers(PAGE_HEADERS).send(html);
}

/** What the person at the browser is told when something goes wrong. */
function errorPage(error: FastifyError | ServiceError): { status: number; html: string } {
  if (error instanceof ServiceError)
    return { status: error.status, html: messagePage('Sign in', error.message) };
  if ('validation' in error && error.validation)
    return { status: 400, html: messagePage('Sign in', 'Enter your e-mail address and password.') };
  const status = error.statusCode ?? 500;
  if (error.name === 'SessionNotFound' || (status >= 400 && status < 500))
    return {
      status: status >= 400 && status < 500 ? status : 400,
      html: messagePage(
        'Sign in',
        'This sign-in page has expired or was already used. Go back to the app and sign in again.',
      ),
    };
  return {
    status: 500,
    html: messagePage('Sign in', 'Something went wrong on the server. Try again.'),
  };
}

export function registerInteractions(app: App, options: InteractionOptions): void {
  const limiter = createLoginLimiter(options.loginRateLimit);
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer', bodyLimit: 16 * 1024 },
    (_req, body, done) => {
      const parsed = parseFormBody(body as Buffer);
      if (parsed.ok) done(null, parsed.value);
      else done(new ServiceError('badRequest', `${parsed.message}.`), undefined);
    },
  );
  app.setErrorHandler((error: FastifyError | ServiceError, request, reply) => {
    const { status, html } = errorPage(error);
    if (status >= 500) request.log.error({ err: error }, 'sign-in page failed');
    return sendHtml(reply, status, html);
  });

  app.get(
    '/oidc/interaction/:uid',
    { config: { auth: 'public' }, schema: { params: Uid, response: Html, hide: true } },
    async (request, reply) => {
      const provider = options.provider();
      const interaction = await provider.interactionDetails(request.raw, reply.raw);
      const client = await provider.Client.find(String(interaction.params.client_id));
      const name = client?.clientName ?? 'Glossator';
      if (interaction.prompt.name === 'login')
        return sendHtml(reply, 200, loginPage(interaction.uid, name));
      const scopes = (typeof interaction.params.scope === 'string' ? interaction.params.scope : '')
        .split(' ')
        .filter(Boolean);
      return sendHtml(reply, 200, consentPage(interaction.uid, name, scopes));
    },
  );

  app.post(
    '/oidc/interaction/:uid/login',
    {
      schema: { params: Uid, body: LoginForm, response: Html, hide: true },
      config: { auth: 'public' },
    },
    async (request, reply) => {
      const provider = options.provider();
      const { body } = request as FastifyRequest<{ Body: { email: string; password: string } }>;
      const interaction = await provider.interactionDetails(request.raw, reply.raw);
      if (interaction.prompt.name !== 'login')
        return sendHtml(reply, 400, messagePage('Sign in', 'This sign-in step is already done.'));
      const client = await provider.Client.find(String(interaction.params.client_id));
      const clientName = client?.clientName ?? 'Glossator';
      // Checked before the password is (hashing is the expensive part of a guessing attack).
      const attempt = limiter.begin(request.ip, normaliseEmail(body.email));
      if (attempt.blocked)
        return sendHtml(
          reply.header('retry-after', String(Math.ceil(attempt.retryAfterMs / 1000))),
          429,
          loginPage(
            interaction.uid,
            clientName,
            body.email,
            `Too many failed sign-in attempts. Wait ${waitText(attempt.retryAfterMs)}, then try again.`,
          ),
        );
      const accountId = await options.checkPassword(body.email, body.password);
      if (!accountId)
        return sendHtml(
          reply,
          401,
          loginPage(
            interaction.uid,
            clientName,
            body.email,
            'That e-mail and password do not match an account.',
          ),
        );
      attempt.succeeded();
      const to = await provider.interactionResult(
        request.raw,
        reply.raw,
        { login: { accountId } },
        { mergeWithLastSubmission: false },
      );
      return reply.code(303).header('location', to).header('cache-control', 'no-store').send(null);
    },
  );

  app.post(
    '/oidc/interaction/:uid/confirm',
    {
      config: { auth: 'public' },
      schema: { params: Uid, body: Type.Optional(Empty), response: Html, hide: true },
    },
    async (request, reply) => {
      const provider = options.provider();
      const interaction = await provider.interactionDetails(request.raw, reply.raw);
      const { prompt, params, session } = interaction;
      if (prompt.name !== 'consent' || !session)
        return sendHtml(reply, 400, messagePage('Allow access', 'Nothing to confirm.'));
      const grant = interaction.grantId
        ? await provider.Grant.find(interaction.grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) });
      if (!grant) return sendHtml(reply, 400, messagePage('Allow access', 'Nothing to confirm.'));
      const missing = prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
      };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      const to = await provider.interactionResult(
        request.raw,
        reply.raw,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return reply.code(303).header('location', to).header('cache-control', 'no-store').send(null);
    },
  );

  app.post(
    '/oidc/interaction/:uid/abort',
    {
      config: { auth: 'public' },
      schema: { params: Uid, body: Type.Optional(Empty), response: Html, hide: true },
    },
    async (request, reply) => {
      const to = await options
        .provider()
        .interactionResult(
          request.raw,
          reply.raw,
          { error: 'access_denied', error_description: 'The user cancelled sign-in.' },
          { mergeWithLastSubmission: false },
        );
      return reply.code(303).header('location', to).header('cache-control', 'no-store').send(null);
    },
  );
}
