/**
 * Typed platform calls over `platform:call`: main runs the listed operation with the token it
 * keeps and checks both directions against the operation's schemas.
 */
import { Value } from 'typebox/value';
import {
  operations,
  type BodyOf,
  type OperationId,
  type Operations,
  type ParamsOf,
  type PlatformFailure,
  type ResultOf,
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

/**
 * The answer as the operation's type, checked against its response schema (main checked it too;
 * this is what lets the type stand without a cast). Value.Check runs without eval (the CSP).
 */
export function decodeResult<O extends OperationId>(op: O, data: unknown): ResultOf<O> {
  const schema: Operations[O]['response'] = operations[op].response;
  if (!Value.Check(schema, data))
    throw new PlatformError('badResponse', `unexpected answer to ${op}`);
  return data;
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
  if (result.ok) return decodeResult(op, result.data);
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
