import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyServerOptions } from 'fastify';
import { ServiceError } from './services/core/errors';
import type { Principal } from './services/core/principal';
import { findUncleanString } from './services/documents/text';
import { documentRoutes } from './routes/documents';
import { eventRoutes } from './routes/events';
import { metaRoutes } from './routes/meta';
import { projectRoutes } from './routes/projects';
import { syncRoutes } from './routes/sync';
import { taskRoutes } from './routes/tasks';
import { vettingRoutes } from './routes/vetting';
import { workRoutes } from './routes/work';
import type { App, RouteContext } from './routes/types';
import { validatorCompiler } from './routes/validatorCompiler';
import {
  frameworkErrors,
  queryProblem,
  registerJsonParser,
  strictQuerystringParser,
} from './routes/requestParsing';

export interface AppOptions extends RouteContext {
  readonly logger: FastifyServerOptions['logger'];
  /** Proxies whose X-Forwarded-For gives request.ip (see PlatformOptions.trustedProxies). */
  readonly trustedProxies: readonly string[];
  readonly authenticate: (authorization: string | undefined) => Promise<Principal>;
  /** Registers routes that live outside the typed API (the OIDC mount and its pages). */
  readonly registerAuthRoutes: (app: App) => void;
  /** Called for every registered route (the authorization matrix reads the route table from it). */
  readonly onRoute?: (route: RouteEntry) => void;
}

/** A registered route as tests read it: the authorization matrix and the operations parity test. */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly auth: string | undefined;
  /** The route's JSON schemas as registered (params, querystring, body, response by status). */
  readonly schema?: {
    readonly params?: unknown;
    readonly querystring?: unknown;
    readonly body?: unknown;
    readonly response?: Readonly<Record<string, unknown>>;
  };
}

function errorBody(code: string, message: string, extra?: Record<string, unknown>) {
  return { error: code, message, ...extra };
}

export async function buildApp(options: AppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustedProxies.length > 0 ? [...options.trustedProxies] : false,
    // On close: idle keep-alive sockets are dropped, requests in flight finish (SSE streams are
    // ended by the preClose hook below), and only then is the database closed.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    requestTimeout: 120_000,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false } },
    routerOptions: { querystringParser: strictQuerystringParser },
    frameworkErrors,
  })
    .setValidatorCompiler(validatorCompiler)
    .withTypeProvider<TypeBoxTypeProvider>();

  const streams = new Set<() => void>();
  // Requests still being answered: close waits for them before the database goes away. (A
  // response's 'close' fires once, when it is sent or when its client has gone.)
  let inFlight = 0;
  app.addHook('onRequest', (_request, reply, done) => {
    inFlight++;
    reply.raw.once('close', () => inFlight--);
    done();
  });
  app.decorate('drained', async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  });
  app.addHook('preClose', (done) => {
    for (const end of [...streams]) end();
    done();
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Glossator platform', version: '1' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
  });
  // Counted per account where there is one (after authentication), else per address.
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    keyGenerator: (request) => request.principal?.id ?? request.ip,
  });
  await app.register(multipart, { limits: { fileSize: options.limits.maxUploadBytes, files: 1 } });

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      options.onRoute?.({
        method,
        url: route.url,
        auth: route.config?.auth,
        ...(route.schema ? { schema: route.schema as RouteEntry['schema'] } : {}),
      });
    }
  });

  // Authentication runs before the body is read, so anonymous callers cannot make us parse it.
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.auth !== 'account') return;
    request.principal = await options.authenticate(request.headers.authorization);
  });

  registerJsonParser(app);
  // NUL and lone surrogates cannot be stored faithfully (PostgreSQL refuses NUL; UTF-8 has no
  // surrogates), so they are refused at the door rather than silently changed; so is a query
  // string whose escapes do not decode.
  app.addHook('preValidation', (request, _reply, done) => {
    const badQuery = queryProblem(request.query);
    if (badQuery !== undefined) return done(new ServiceError('badRequest', badQuery));
    const where =
      findUncleanString(request.params) ??
      findUncleanString(request.query) ??
      findUncleanString(request.body);
    if (where === undefined) return done();
    done(
      new ServiceError(
        'badRequest',
        `NUL or unpaired surrogate in a string (${where.slice(0, 100)})`,
      ),
    );
  });

  app.setErrorHandler((error: FastifyError | ServiceError, request, reply) => {
    if (error instanceof ServiceError) {
      if (error.code === 'unauthorized')
        reply.header('www-authenticate', 'Bearer error="invalid_token"');
      return reply.code(error.status).send(errorBody(error.code, error.message, error.extra));
    }
    if (error.validation) {
      const first = error.validation[0];
      const where = `${error.validationContext ?? 'request'}${first?.instancePath ?? ''}`;
      return reply
        .code(400)
        .send(errorBody('badRequest', `${where} ${first?.message ?? 'is invalid'}`.slice(0, 300)));
    }
    const status = error.statusCode ?? 500;
    if (status === 429)
      return reply.code(429).send(errorBody('rateLimited', 'too many requests; slow down'));
    if (status === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE')
      return reply.code(413).send(errorBody('tooLarge', 'the request body is too large'));
    if (status >= 400 && status < 500)
      return reply.code(status).send(errorBody('badRequest', error.message.slice(0, 300)));
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send(errorBody('internal', 'something went wrong on the server'));
  });

  // API answers are data, never documents to render or cache.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send(errorBody('notFound', 'no such route')),
  );

  metaRoutes(app);
  projectRoutes(app, options);
  documentRoutes(app, options);
  taskRoutes(app, options);
  syncRoutes(app, options);
  vettingRoutes(app, options);
  workRoutes(app, options);
  eventRoutes(app, options, streams);
  options.registerAuthRoutes(app);
  return app;
}
