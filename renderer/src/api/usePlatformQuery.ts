/**
 * Reading the platform from a component: one hook for every view, so each shows loading and
 * failure the same way and none leaves a promise unhandled. A result that lands after the
 * component unmounted, or after its parameters changed, is dropped.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BodyOf, OperationId, ParamsOf, ResultOf } from '../../../shared/platform/operations';
import { callPlatform, problemText } from './platformOps';

export type QueryState<T> =
  /** `data` holds the previous answer while a reload runs. */
  | { readonly status: 'loading'; readonly data?: T }
  | {
      readonly status: 'error';
      readonly message: string;
      readonly error: unknown;
      readonly data?: T;
    }
  | { readonly status: 'ready'; readonly data: T };

export type PlatformQuery<T> = QueryState<T> & {
  /** Asks again (after an error, or when the caller knows the data changed). */
  readonly reload: () => void;
};

/** Operations that take no body: the ones a view reads. */
type ReadOperation = {
  [O in OperationId]: BodyOf<O> extends undefined ? O : never;
}[OperationId];

/**
 * Calls `op` with `params` when the component mounts and whenever the parameters change; `null`
 * waits (for an id the view does not have yet).
 */
export function usePlatformQuery<O extends ReadOperation>(
  op: O,
  params: ParamsOf<O> | null,
): PlatformQuery<ResultOf<O>> {
  const [round, setRound] = useState(0);
  // `key` stands for op, params and round: a new object with the same content is the same query.
  const key = params === null ? null : `${op} ${JSON.stringify(params)} #${round}`;
  const [settled, setSettled] = useState<Settled<ResultOf<O>>>();
  useEffect(() => {
    if (key === null || params === null) return undefined;
    let current = true;
    // Read operations take no body; TypeScript cannot see that through the generic rest parameter.
    const call = callPlatform as (op: O, params: ParamsOf<O>) => Promise<ResultOf<O>>;
    call(op, params).then(
      (data) => {
        if (current) setSettled({ key, ok: true, data });
      },
      (error: unknown) => {
        if (current)
          setSettled((previous) => ({
            key,
            ok: false,
            ...(previous?.data === undefined ? {} : { data: previous.data }),
            error,
            message: problemText(error),
          }));
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  if (!settled || settled.key !== key) {
    const data = settled?.data;
    return { status: 'loading', ...(data === undefined ? {} : { data }), reload };
  }
  if (settled.ok) return { status: 'ready', data: settled.data, reload };
  const { error, message, data } = settled;
  return { status: 'error', error, message, ...(data === undefined ? {} : { data }), reload };
}

type Settled<T> =
  | { readonly key: string; readonly ok: true; readonly data: T }
  /** `data` is the last answer that came back, kept through a failed reload. */
  | {
      readonly key: string;
      readonly ok: false;
      readonly data?: T;
      readonly error: unknown;
      readonly message: string;
    };
