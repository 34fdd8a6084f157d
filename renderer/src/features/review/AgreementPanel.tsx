import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/work/wireInsight';
import { callPlatform } from '../../api/platformOps';
import { BarChart } from '../../ui/BarChart';

const fixed = (v: number | null): string => (v === null ? '—' : v.toFixed(3));

/** Pairwise agreement between annotators in a project: table and chart. */
export function AgreementPanel({ projectId }: { readonly projectId: string }) {
  const { t } = useTranslation();
  const [table, setTable] = useState<Agreement>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    callPlatform('review.agreement', { projectId })
      .then(setTable)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [projectId]);
  const categories = useMemo(() => {
    const name = (id: string) => table?.annotators.find((a) => a.id === id)?.name ?? id;
    return table?.pairs.map((p) => `${name(p.a)} × ${name(p.b)}`) ?? [];
  }, [table]);
  const series = useMemo(
    () => [
      { name: t('review.f1Exact'), values: table?.pairs.map((p) => p.f1Exact) ?? [] },
      { name: t('review.f1Overlap'), values: table?.pairs.map((p) => p.f1Overlap) ?? [] },
      { name: t('review.kappa'), values: table?.pairs.map((p) => p.kappa) ?? [] },
    ],
    [table, t],
  );
  if (error)
    return (
      <p className="notice notice-error" role="alert">
        {error}
      </p>
    );
  if (!table) return <p>{t('common.loading')}</p>;
  if (table.pairs.length === 0) return <p className="empty-state">{t('review.noPairs')}</p>;
  return (
    <div className="agreement" data-testid="agreement">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('review.pair')}</th>
            <th scope="col" className="num">
              {t('review.sharedDocs')}
            </th>
            <th scope="col" className="num">
              {t('review.f1Exact')}
            </th>
            <th scope="col" className="num">
              {t('review.f1Overlap')}
            </th>
            <th scope="col" className="num">
              {t('review.macroF1')}
            </th>
            <th scope="col" className="num">
              {t('review.kappa')}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.pairs.map((p, i) => (
            <tr key={`${p.a}-${p.b}`}>
              <th scope="row">{categories[i]}</th>
              <td className="num">{p.sharedDocuments}</td>
              <td className="num">{fixed(p.f1Exact)}</td>
              <td className="num">{fixed(p.f1Overlap)}</td>
              <td className="num">{fixed(p.macroF1Overlap)}</td>
              <td className="num">{fixed(p.kappa)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="alpha">
        {t('review.alpha', {
          value: fixed(table.alpha),
          annotators: table.annotators.length,
          documents: table.documents,
        })}
      </p>
      <BarChart
        categories={categories}
        series={series}
        max={1}
        label={t('review.chartLabel')}
        testId="agreement-chart"
      />
    </div>
  );
}
