import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentId } from '../../../../shared/model/ids';
import { db, type RejectedRow } from '../../db/schema';
import { formatDateTime } from '../../i18n/format';
import { useNavStore } from '../../stores/useNavStore';
import { discardRejected, requeueRejected } from '../../sync/rejected';
import { Modal } from '../../ui/Modal';

function summary(row: RejectedRow): { documentId?: string; labels: string; quote?: string } {
  const { mutation } = row;
  if (mutation.kind === 'annotation.delete') return { labels: '' };
  const { annotation } = mutation;
  return {
    documentId: annotation.documentId,
    labels: annotation.body.labels.join(', '),
    ...(annotation.target.kind === 'span' ? { quote: annotation.target.quote.exact } : {}),
  };
}

/** The changes the platform refused: why, what they were, and what to do with each. */
export function RejectedDialog({ onClose }: { readonly onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const openDocument = useNavStore((s) => s.openDocument);
  const rows = useLiveQuery(() => db().rejected.orderBy('mutationId').toArray(), []);
  const names = useLiveQuery(
    async () => new Map((await db().documents.toArray()).map((d) => [d.id as string, d.name])),
    [],
  );
  return (
    <Modal titleId={titleId} onCancel={onClose} testId="rejected-dialog">
      <h2 id={titleId}>{t('sync.rejected.title')}</h2>
      <p className="help">{t('sync.rejected.help')}</p>
      {rows && rows.length === 0 ? <p>{t('sync.rejected.none')}</p> : null}
      <ul className="rejected-list">
        {(rows ?? []).map((row) => {
          const about = summary(row);
          const document = about.documentId ? names?.get(about.documentId) : undefined;
          return (
            <li key={row.mutationId} data-testid="rejected-item" data-reason={row.reason}>
              <div>
                <strong>{t(`sync.rejected.reason.${row.reason}`)}</strong>
                <div className="rejected-detail">
                  {t(
                    `sync.rejected.kind.${row.mutation.kind === 'annotation.delete' ? 'delete' : 'put'}`,
                  )}
                  {about.labels ? ` · ${about.labels}` : ''}
                  {about.quote ? ` · “${about.quote.slice(0, 80)}”` : ''}
                  {document ? ` · ${document}` : ''}
                  {` · ${formatDateTime(row.rejectedAt, i18n.language)}`}
                </div>
              </div>
              <div className="view-actions">
                {document && about.documentId ? (
                  <button
                    type="button"
                    onClick={() => {
                      openDocument(about.documentId as DocumentId);
                      onClose();
                    }}
                  >
                    {t('sync.rejected.open')}
                  </button>
                ) : null}
                <button type="button" onClick={() => void requeueRejected(db(), row.mutationId)}>
                  {t('sync.rejected.requeue')}
                </button>
                <button
                  type="button"
                  className="danger-ghost"
                  onClick={() => void discardRejected(db(), row.mutationId)}
                >
                  {t('sync.rejected.discard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('sync.rejected.close')}
        </button>
      </div>
    </Modal>
  );
}
