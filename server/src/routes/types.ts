import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { LoginRateLimit } from '../auth/loginLimiter';
import type { Principal } from '../services/core/principal';
import type { Services } from '../services';
import type { StreamLimits } from './events';
import type { UploadLimits } from './uploads';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `account`: a valid access token is required (checked before the body is read). */
    auth?: 'account' | 'public';
  }
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyInstance {
    /** Resolves once no request handler is running (or the timeout passes). */
    drained(timeoutMs: number): Promise<void>;
  }
}

/** The caller, on routes marked `auth: 'account'` (the hook has already refused anyone else). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('route is missing auth: account');
  return request.principal;
}

export interface RouteContext {
  readonly services: Services;
  readonly limits: RouteLimits;
  /** Where uploads are streamed while they arrive (emptied at start). */
  readonly uploadDir: string;
}

export interface RouteLimits {
  readonly maxUploadBytes: number;
  /** Uploads in progress at once (see UploadLimits). */
  readonly uploads: UploadLimits;
  /** Event streams open at once (see StreamLimits). */
  readonly eventStreams: StreamLimits;
  readonly writeRateLimit: { max: number; timeWindow: number };
  /** Failed sign-ins (see LoginRateLimit); successes are not counted. */
  readonly loginRateLimit: LoginRateLimit;
  readonly tokenRateLimit: { max: number; timeWindow: number };
}
