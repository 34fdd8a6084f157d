import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlatformQuery } from '../api/usePlatformQuery';

/**
 * What a view shows while it reads the platform: "Loading…", or what went wrong with a way to try
 * again; the data (also the last data during a reload or after a failed one) through `children`.
 */
export function QueryStatus<T>({
  query,
  children,
}: {
  readonly query: PlatformQuery<T>;
  readonly children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {query.status === 'error' ? (
        <p className="notice notice-error" role="alert" data-testid="query-error">
          {query.message}{' '}
          <button type="button" onClick={query.reload}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
      {query.data !== undefined ? (
        children(query.data)
      ) : query.status === 'loading' ? (
        <p role="status">{t('common.loading')}</p>
      ) : null}
    </>
  );
}
