import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditable } from '../../../../shared/review/taskStatus';
import { formatDuration } from '../../../../shared/pay/statement';
import type { DocumentId } from '../../../../shared/model/ids';
import type { QueueItem } from '../../../../shared/work/wire';
import { formatDateTime } from '../../i18n/format';
import { useNavStore } from '../../stores/useNavStore';
import { useWorkStore } from '../../stores/useWorkStore';
import { measuredMs } from '../../stores/useTimeStore';
import { ensureOffline } from './offline';
import { refusalText } from './refusalText';
import { SkipDialog } from './SkipDialog';

/** One task: what it is, where it stands, time measured on it here, and what can be done now. */
export function QueueItemRow({ item }: { readonly item: QueueItem }) {
  const { t, i18n } = useTranslation();
  const move = useWorkStore((s) => s.move);
  const openDocument = useNavStore((s) => s.openDocument);
  const [skipping, setSkipping] = useState(false);
  const [error, setError] = useState<string>();
  const measured = useLiveQuery(() => measuredMs(item.assignmentId), [item.assignmentId], 0);

  const run = (work: () => Promise<unknown>) => () => {
    setError(undefined);
    work().catch((e: unknown) => setError(refusalText(t, e)));
  };
  const open = async (): Promise<void> => {
    // Accept first: an offer's document is the expert's only once they have accepted it.
    if (item.status === 'offered') await move(item, 'accepted');
    await ensureOffline(item);
    const fresh = useWorkStore
      .getState()
      .queue?.items.find((i) => i.assignmentId === item.assignmentId);
    if ((fresh ?? item).status === 'accepted') await move(item, 'in_progress');
    openDocument(item.documentId as DocumentId);
  };
  const view = async (): Promise<void> => {
    await ensureOffline(item);
    openDocument(item.documentId as DocumentId);
  };

  const canWork = item.status === 'offered' || isEditable(item.status);
  return (
    <tr data-testid="queue-item" data-status={item.status}>
      <td>
        <div className="doc-name">{item.title}</div>
        <div className="muted">{item.documentName}</div>
        {item.returnNotice ? (
          <div className="return-summary" role="note">
            {t('queue.returned', { count: item.returnNotice.items.length })}
          </div>
        ) : null}
        {item.reason ? (
          <div className="muted">{t('queue.reasonGiven', { reason: item.reason })}</div>
        ) : null}
        {error ? (
          <div className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </td>
      <td>
        <span className={`status-badge status-${item.status}`}>
          {t(`queue.status.${item.status}`)}
        </span>
        {item.round > 1 ? (
          <span className="muted"> · {t('queue.round', { round: item.round })}</span>
        ) : null}
      </td>
      <td>{item.dueAt ? formatDateTime(item.dueAt, i18n.language) : '—'}</td>
      <td className="num" data-testid="measured-time">
        {formatDuration(measured)}
      </td>
      <td className="row-actions">
        {canWork ? (
          <button type="button" className="primary" onClick={run(open)}>
            {item.status === 'offered'
              ? t('queue.acceptAndStart')
              : item.status === 'returned'
                ? t('queue.fix')
                : t('queue.open')}
          </button>
        ) : (
          <button type="button" onClick={run(view)}>
            {t('queue.view')}
          </button>
        )}
        {item.status === 'offered' ? (
          <button type="button" onClick={run(() => move(item, 'declined'))}>
            {t('queue.decline')}
          </button>
        ) : null}
        {item.status === 'accepted' || item.status === 'in_progress' ? (
          <button type="button" onClick={() => setSkipping(true)}>
            {t('queue.skipEllipsis')}
          </button>
        ) : null}
        {skipping ? (
          <SkipDialog
            title={item.title}
            onCancel={() => setSkipping(false)}
            onSkip={async (reason) => {
              await move(item, 'skipped', reason);
              setSkipping(false);
            }}
          />
        ) : null}
      </td>
    </tr>
  );
}
