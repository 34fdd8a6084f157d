import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { registerInteractions } from './interactions';
import type { LoginRateLimit } from './loginLimiter';
import type { App } from '../routes/types';

export interface OidcMountOptions {
  /** Undefined until the server knows its own address (the issuer includes the port). */
  readonly provider: () => Provider | undefined;
  readonly checkPassword: (email: string, password: string) => Promise<string | undefined>;
  readonly loginRateLimit: LoginRateLimit;
  readonly tokenRateLimit: { max: number; timeWindow: number };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * oidc-provider is a Koa app; it is mounted under /oidc by handing it the raw request with the
 * prefix stripped (and `originalUrl` kept, from which it derives its mount path). Its own body
 * parsing needs the stream untouched, so this scope registers a parser that reads nothing.
 */
export function registerOidc(app: App, options: OidcMountOptions): void {
  let handler: Handler | undefined;
  let handlerFor: Provider | undefined;
  const providerOrFail = (): Provider => {
    const provider = options.provider();
    if (!provider) throw new Error('sign-in is not ready yet');
    return provider;
  };

  void app.register((scope, _opts, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, next) => next(null));
    const mount = (
      request: { raw: IncomingMessage & { originalUrl?: string } },
      reply: {
        hijack(): void;
        raw: ServerResponse;
        code(n: number): { send(b: unknown): unknown };
      },
    ) => {
      const provider = options.provider();
      if (!provider)
        return reply.code(503).send({ error: 'unavailable', message: 'sign-in is starting' });
      if (handlerFor !== provider) {
        handler = provider.callback();
        handlerFor = provider;
      }
      reply.hijack();
      const raw = request.raw;
      raw.originalUrl = raw.url;
      raw.url = (raw.url ?? '/').slice('/oidc'.length) || '/';
      void handler!(raw, reply.raw);
      return undefined;
    };
    const config = { auth: 'public' as const, rateLimit: options.tokenRateLimit };
    for (const url of ['/oidc', '/oidc/*']) {
      scope.route({
        method: ['GET', 'POST'],
        url,
        config,
        schema: { hide: true },
        handler: mount,
      });
    }
    done();
  });

  void app.register((scope, _opts, done) => {
    registerInteractions(scope, {
      provider: providerOrFail,
      checkPassword: options.checkPassword,
      loginRateLimit: options.loginRateLimit,
    });
    done();
  });
}
