import { useTranslation } from 'react-i18next';
import type { GoldSummary } from '../../../../shared/work/wireInsight';
import { usePlatformQuery } from '../../api/usePlatformQuery';
import { QueryStatus } from '../../ui/QueryStatus';

/** How each expert did on gold tasks in the project. */
export function GoldPanel({ projectId }: { readonly projectId: string }) {
  const { t } = useTranslation();
  const scores = usePlatformQuery('review.goldScores', { projectId });
  return (
    <QueryStatus query={scores}>
      {(rows) =>
        rows.length === 0 ? (
          <p className="empty-state">{t('review.noGold')}</p>
        ) : (
          <GoldTable rows={rows} />
        )
      }
    </QueryStatus>
  );
}

export function GoldTable({
  rows,
  showProject,
}: {
  readonly rows: readonly GoldSummary[];
  readonly showProject?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="table" data-testid="gold-table">
      <thead>
        <tr>
          <th scope="col">
            {showProject ? t('review.columns.project') : t('review.columns.expert')}
          </th>
          <th scope="col" className="num">
            {t('review.goldAnswered')}
          </th>
          <th scope="col" className="num">
            {t('review.goldPassed')}
          </th>
          <th scope="col" className="num">
            {t('review.goldMeanF1')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.projectId}-${r.expertId}`}>
            <th scope="row">{showProject ? r.projectName : r.expertName}</th>
            <td className="num">{r.answered}</td>
            <td className="num">{r.passed}</td>
            <td className="num">{r.meanSpanF1 === null ? '—' : r.meanSpanF1.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
