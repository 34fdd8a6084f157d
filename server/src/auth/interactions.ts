/**
 * The sign-in and consent pages oidc-provider sends the browser to (plain, accessible HTML forms,
 * no script). Mounted under /oidc/interaction/:uid.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../routes/types';
import type Provider from 'oidc-provider';
import Type from 'typebox';
import { escapeHtml, page, PAGE_HEADERS } from './html';

export interface InteractionOptions {
  readonly provider: () => Provider;
  /** Resolves to the account id when the e-mail and password match an active account. */
  readonly checkPassword: (email: string, password: string) => Promise<string | undefined>;
  readonly loginRateLimit: { max: number; timeWindow: number };
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
const Html = { 200: Type.String(), 303: Type.Null(), 401: Type.String(), 400: Type.String() };

function loginPage(uid: string, clientName: string, email = '', error?: string): string {
  const alert = error ? `<p role="alert" id="login-error">${escapeHtml(error)}</p>` : '';
  const describedBy = error ? ' aria-describedby="login-error"' : '';
  return page(
    'Sign in',
    `<h1>Sign in to ${escapeHtml(clientName)}</h1>
${alert}
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/login" novalidate>
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}"${describedBy} autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${describedBy}>
<button type="submit">Sign in</button>
</form>`,
  );
}

function consentPage(uid: string, clientName: string, scopes: string[]): string {
  const items = scopes.map((s) => `<li>${escapeHtml(SCOPE_TEXT[s] ?? s)}</li>`).join('');
  return page(
    'Allow access',
    `<h1>Allow ${escapeHtml(clientName)} to use your account?</h1>
<p>It will be able to:</p>
<ul>${items}</ul>
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/confirm">
<button type="submit">Allow</button>
</form>
<form method="post" action="/oidc/interaction/${escapeHtml(uid)}/abort">
<button type="submit">Cancel</button>
</form>`,
  );
}

const SCOPE_TEXT: Record<string, string> = {
  openid: 'know who you are',
  email: 'see your e-mail address',
  profile: 'see your name and role',
  offline_access: 'stay signed in on this device until you sign out',
};

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).headers(PAGE_HEADERS).send(html);
}

export function registerInteractions(app: App, options: InteractionOptions): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    },
  );

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
      config: { auth: 'public', rateLimit: options.loginRateLimit },
    },
    async (request, reply) => {
      const provider = options.provider();
      const { body } = request as FastifyRequest<{ Body: { email: string; password: string } }>;
      const interaction = await provider.interactionDetails(request.raw, reply.raw);
      if (interaction.prompt.name !== 'login')
        return sendHtml(
          reply,
          400,
          page('Sign in', '<p role="alert">This sign-in step is already done.</p>'),
        );
      const accountId = await options.checkPassword(body.email, body.password);
      if (!accountId) {
        const client = await provider.Client.find(String(interaction.params.client_id));
        return sendHtml(
          reply,
          401,
          loginPage(
            interaction.uid,
            client?.clientName ?? 'Glossator',
            body.email,
            'That e-mail and password do not match an account.',
          ),
        );
      }
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
        return sendHtml(
          reply,
          400,
          page('Allow access', '<p role="alert">Nothing to confirm.</p>'),
        );
      const grant = interaction.grantId
        ? await provider.Grant.find(interaction.grantId)
        : new provider.Grant({ accountId: session.accountId, clientId: String(params.client_id) });
      if (!grant)
        return sendHtml(
          reply,
          400,
          page('Allow access', '<p role="alert">Nothing to confirm.</p>'),
        );
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
