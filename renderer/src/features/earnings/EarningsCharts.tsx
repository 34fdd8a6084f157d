import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { earnedByProject, earnedByWeek } from '../../../../shared/pay/charts';
import type { Earnings } from '../../../../shared/pay/wire';
import { formatMoney } from '../../i18n/format';
import { BarChart } from '../../ui/BarChart';
import { asStatement } from './exportStatement';

type WireStatement = Earnings['statements'][number];

/** Earned per project and per ISO week, for one currency. */
export function EarningsCharts({
  earnings,
  statement,
}: {
  readonly earnings: Earnings;
  readonly statement: WireStatement;
}) {
  const { t, i18n } = useTranslation();
  const s = useMemo(() => asStatement(statement), [statement]);
  const byProject = useMemo(() => earnedByProject(s), [s]);
  const byWeek = useMemo(() => earnedByWeek(s), [s]);
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: s.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  const format = useMemo(
    () => (major: number) =>
      formatMoney(Math.round(major * 10 ** digits), s.currency, i18n.language),
    [digits, s.currency, i18n.language],
  );
  const projectNames = useMemo(
    () =>
      byProject.map(
        (b) => earnings.projects.find((p) => p.id === b.key)?.name ?? t('earnings.noProject'),
      ),
    [byProject, earnings.projects, t],
  );
  const projectSeries = useMemo(
    () => [{ name: s.currency, values: byProject.map((b) => b.earnedMinor / 10 ** digits) }],
    [byProject, digits, s.currency],
  );
  const weeks = useMemo(() => byWeek.map((b) => b.key), [byWeek]);
  const weekSeries = useMemo(
    () => [{ name: s.currency, values: byWeek.map((b) => b.earnedMinor / 10 ** digits) }],
    [byWeek, digits, s.currency],
  );
  if (byProject.length === 0) return null;
  return (
    <div className="earnings-charts">
      <figure>
        <figcaption>{t('earnings.byProject', { currency: s.currency })}</figcaption>
        <BarChart
          categories={projectNames}
          series={projectSeries}
          format={format}
          label={t('earnings.byProject', { currency: s.currency })}
          testId="chart-by-project"
        />
      </figure>
      <figure>
        <figcaption>{t('earnings.byWeek', { currency: s.currency })}</figcaption>
        <BarChart
          categories={weeks}
          series={weekSeries}
          format={format}
          label={t('earnings.byWeek', { currency: s.currency })}
          testId="chart-by-week"
        />
      </figure>
    </div>
  );
}
