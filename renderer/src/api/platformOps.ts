/**
 * Typed platform calls over `platform:call`: main runs the listed operation with the token it
 * keeps and checks both directions against the operation's schemas.
 */
import type {
  BodyOf,
  OperationId,
  ParamsOf,
  PlatformFailure,
  ResultOf,
} from '../../../shared/platform/operations';
import { api } from './index';

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly failure: PlatformFailure,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function callPlatform<O extends OperationId>(
  op: O,
  params: ParamsOf<O>,
  ...body: BodyOf<O> extends undefined ? [] : [BodyOf<O>]
): Promise<ResultOf<O>> {
  const result = await api.invoke('platform:call', {
    op,
    params: params as Record<string, unknown>,
    ...(body.length > 0 ? { body: body[0] } : {}),
  });
  if (result.ok) return result.data as ResultOf<O>;
  throw new PlatformError(
    result.failure,
    result.message ?? result.failure,
    result.status,
    result.code,
  );
}

/** A message for the person: the platform's own words when it gave some. */
export function problemText(error: unknown): string {
  if (error instanceof PlatformError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
