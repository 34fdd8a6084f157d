import type { DispatchResult } from '../../shared/ipc/bridge';
import type { CallContext, Handlers } from '../../shared/ipc/contract';
import { InvalidMessage, validateRequest, validateResponse } from '../../shared/ipc/validate';

export interface DispatchLogger {
  error(message: string, error: unknown): void;
}

/**
 * Every call from a renderer passes through here: unknown channels and malformed requests are
 * refused before a handler runs, and a handler's answer is checked against the schema before it
 * leaves. Internal errors are logged in full but reach the renderer only as a generic message.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  request: unknown,
  context: CallContext,
  logger: DispatchLogger = console,
): Promise<DispatchResult> {
  let checked;
  try {
    checked = validateRequest(channel, request);
  } catch (error) {
    const message = error instanceof InvalidMessage ? error.message : 'invalid request';
    return { ok: false, error: { code: 'invalid', message } };
  }
  try {
    const handler = handlers[checked] as (req: unknown, ctx: CallContext) => Promise<unknown>;
    const value = await handler(request, context);
    validateResponse(checked, value);
    return { ok: true, value };
  } catch (error) {
    logger.error(`handler ${checked} failed`, error);
    return { ok: false, error: { code: 'internal', message: `${checked} failed` } };
  }
}
