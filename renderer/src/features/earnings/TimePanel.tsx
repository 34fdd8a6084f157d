import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../../shared/pay/statement';
import type { MyQueue } from '../../../../shared/work/wire';
import type { MyTime } from '../../../../shared/work/wireInsight';

/** Active time as the platform reconciled it: per task, and what it removed and why. */
export function TimePanel({ time, queue }: { readonly time: MyTime; readonly queue?: MyQueue }) {
  const { t } = useTranslation();
  const title = (id: string) =>
    queue?.items.find((i) => i.assignmentId === id)?.title ?? id.slice(-8);
  if (time.assignments.length === 0 && time.trims.length === 0) return null;
  return (
    <section aria-labelledby="time-title" data-testid="time-panel">
      <h2 id="time-title">{t('time.title')}</h2>
      <p className="help">{t('time.reconciledHelp')}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('time.task')}</th>
            <th scope="col" className="num">
              {t('time.claimed')}
            </th>
            <th scope="col" className="num">
              {t('time.payable')}
            </th>
          </tr>
        </thead>
        <tbody>
          {time.assignments.map((a) => (
            <tr key={a.assignmentId}>
              <th scope="row">{title(a.assignmentId)}</th>
              <td className="num">{formatDuration(a.claimedMs)}</td>
              <td className="num">{formatDuration(a.activeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {time.trims.length > 0 ? (
        <ul className="trims">
          {time.trims.map((trim) => (
            <li key={trim.reason}>
              {t(`time.trim.${trim.reason}`, { defaultValue: trim.detail })}:{' '}
              {formatDuration(trim.ms)} ({trim.count})
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
