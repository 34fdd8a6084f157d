import type { BodyOf, OperationId, ParamsOf, ResultOf } from '../../../shared/platform/operations';
import type { PlatformFailure } from '../../../shared/platform/operations';
import { api } from './index';

/** A platform call that did not return data: why, and the platform's own code and message. */
export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly failure: PlatformFailure,
    readonly status: number | undefined,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Calls a platform operation through main (which holds the token and checks both directions
 * against the operation's schemas). Resolves with the data or throws a PlatformError.
 */
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
    result.status,
    result.code,
    result.message ?? result.failure,
  );
}
