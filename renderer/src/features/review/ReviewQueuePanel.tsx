import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model/project';
import type { ReviewQueueItem } from '../../../../shared/work/wire';
import { callPlatform } from '../../api/platformOps';
import { formatDateTime } from '../../i18n/format';
import { ReviewTaskPanel } from './ReviewTaskPanel';

/** Submitted work waiting for a decision, oldest first; choosing one opens it for review. */
export function ReviewQueuePanel({ project }: { readonly project: Project }) {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<ReviewQueueItem[]>();
  const [open, setOpen] = useState<ReviewQueueItem>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    callPlatform('review.queue', { projectId: project.id })
      .then(setItems)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [project.id]);
  useEffect(load, [load]);

  if (open)
    return (
      <ReviewTaskPanel
        project={project}
        item={open}
        onDone={() => {
          setOpen(undefined);
          load();
        }}
      />
    );
  return (
    <div>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {items && items.length === 0 ? <p className="empty-state">{t('review.queueEmpty')}</p> : null}
      {items && items.length > 0 ? (
        <table className="table" data-testid="review-queue">
          <thead>
            <tr>
              <th scope="col">{t('review.columns.task')}</th>
              <th scope="col">{t('review.columns.expert')}</th>
              <th scope="col">{t('review.columns.submitted')}</th>
              <th scope="col" className="num">
                {t('review.columns.annotations')}
              </th>
              <th scope="col">{t('review.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.assignmentId} data-testid="review-item">
                <td>
                  <div className="doc-name">{item.title}</div>
                  <div className="muted">
                    {item.documentName}
                    {item.round > 1 ? ` · ${t('queue.round', { round: item.round })}` : ''}
                    {item.gold ? ` · ${t('review.gold')}` : ''}
                  </div>
                </td>
                <td>{item.expertName}</td>
                <td>{formatDateTime(item.submittedAt, i18n.language)}</td>
                <td className="num">{item.annotationCount}</td>
                <td>
                  <button type="button" className="primary" onClick={() => setOpen(item)}>
                    {t('review.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
