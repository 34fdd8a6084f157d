import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupQueue, nextOpen } from '../../../../shared/work/queue';
import { useAuthStore } from '../../stores/useAuthStore';
import { useWorkStore } from '../../stores/useWorkStore';
import { EmptyState } from '../shell/EmptyState';
import { downloadMany } from './offline';
import { QueueGroupSection } from './QueueGroupSection';
import './work.css';

/** The expert's assigned tasks, grouped by project, with what to do next on each. */
export function QueueView() {
  const { t } = useTranslation();
  const signedIn = useAuthStore((s) => s.status?.state === 'signedIn');
  if (!signedIn) return <EmptyState title={t('nav.queue')} message={t('empty.queue')} />;
  return <SignedInQueue />;
}

function SignedInQueue() {
  const { t } = useTranslation();
  const countId = useId();
  const { queue, offline, error, loading, refresh } = useWorkStore();
  const [count, setCount] = useState(5);
  const [download, setDownload] = useState<string>();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const groups = useMemo(() => (queue ? groupQueue(queue) : []), [queue]);

  const takeOffline = async (): Promise<void> => {
    const items = nextOpen(groups, count);
    if (items.length === 0) {
      setDownload(t('queue.nothingToDownload'));
      return;
    }
    setDownload(t('queue.downloading', { done: 0, total: items.length }));
    try {
      const result = await downloadMany(items, (done, total) =>
        setDownload(t('queue.downloading', { done, total })),
      );
      setDownload(t('queue.downloaded', { count: result.downloaded, present: result.present }));
    } catch (e) {
      setDownload(
        t('queue.downloadFailed', { message: e instanceof Error ? e.message : String(e) }),
      );
    }
  };

  return (
    <section className="view work-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{t('nav.queue')}</h1>
        <div className="view-actions">
          <label htmlFor={countId}>{t('queue.offlineCount')}</label>
          <input
            id={countId}
            type="number"
            min={1}
            max={50}
            value={count}
            onChange={(e) => setCount(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
            className="count-input"
          />
          <button type="button" onClick={() => void takeOffline()} disabled={groups.length === 0}>
            {t('queue.downloadNext', { count })}
          </button>
          <button type="button" onClick={() => void refresh()} disabled={loading}>
            {t('queue.refresh')}
          </button>
        </div>
      </header>
      {download ? (
        <p className="notice notice-info" role="status">
          {download}
        </p>
      ) : null}
      {offline ? (
        <p className="notice notice-warnings" role="status">
          {t('queue.offline')}
        </p>
      ) : error && !queue ? (
        <p className="notice notice-error" role="alert">
          {t('queue.failed', { message: error })}
        </p>
      ) : null}
      {queue && groups.length === 0 ? <p className="empty-state">{t('queue.empty')}</p> : null}
      {groups.map((group) => (
        <QueueGroupSection key={group.project.id} group={group} />
      ))}
    </section>
  );
}
