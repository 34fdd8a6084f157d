import type { PlatformCallResult } from '../../../shared/ipc/contract';
import type { OperationId } from '../../../shared/platform/operations';
import { api, BridgeError } from '../api';

/** Calls a platform operation through main (which holds the token); never throws. */
export type PlatformCaller = (
  op: OperationId,
  params: Record<string, unknown>,
  body?: unknown,
) => Promise<PlatformCallResult>;

export type PlatformFailureResult = Extract<PlatformCallResult, { ok: false }>;

/**
 * The renderer's caller. When the bridge itself is down (the web host restarting, say), the
 * platform is unreachable from here, which is what `offline` means to the sync engine.
 */
export const callPlatform: PlatformCaller = async (op, params, body) => {
  try {
    return await api.invoke('platform:call', {
      op,
      params,
      ...(body === undefined ? {} : { body }),
    });
  } catch (error) {
    if (!(error instanceof BridgeError)) throw error;
    if (error.code === 'unavailable')
      return { ok: false, failure: 'offline', message: 'the app’s services are unavailable' };
    return { ok: false, failure: 'rejected', code: error.code, message: error.message };
  }
};
