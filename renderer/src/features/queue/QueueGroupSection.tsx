import { useTranslation } from 'react-i18next';
import type { QueueGroup } from '../../../../shared/work/queue';
import { formatDateTime, formatMoney } from '../../i18n/format';
import { QueueItemRow } from './QueueItemRow';

/** One project's tasks: pay, progress and due date on top, then the tasks. */
export function QueueGroupSection({ group }: { readonly group: QueueGroup }) {
  const { t, i18n } = useTranslation();
  const { project, progress } = group;
  const rate = formatMoney(project.pay.rateMinor, project.pay.currency, i18n.language);
  const headingId = `queue-project-${project.id}`;
  return (
    <section className="queue-group" aria-labelledby={headingId} data-testid="queue-group">
      <header className="queue-group-header">
        <h2 id={headingId}>{project.name}</h2>
        <span className="pill">
          {project.pay.kind === 'perTask'
            ? t('queue.perTask', { rate })
            : t('queue.perHour', { rate })}
        </span>
        {group.nextDue ? (
          <span className="muted">
            {t('queue.nextDue', { date: formatDateTime(group.nextDue, i18n.language) })}
          </span>
        ) : null}
      </header>
      <div className="queue-progress" data-testid="project-progress">
        <progress
          max={1}
          value={progress.share}
          aria-label={t('queue.progressLabel', { name: project.name })}
        />
        <span>
          {t('queue.progress', {
            approved: progress.approved,
            total: progress.total - progress.skipped,
            inReview: progress.inReview,
            open: progress.open,
          })}
        </span>
      </div>
      <table className="table queue-table">
        <thead>
          <tr>
            <th scope="col">{t('queue.columns.task')}</th>
            <th scope="col">{t('queue.columns.status')}</th>
            <th scope="col">{t('queue.columns.due')}</th>
            <th scope="col" className="num">
              {t('queue.columns.time')}
            </th>
            <th scope="col">{t('queue.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((item) => (
            <QueueItemRow key={item.assignmentId} item={item} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
