import { useTranslation } from 'react-i18next';
import type { ConversionReport } from '../../../../shared/formats/types';

/** Counts, whether anything was lost, and what — so nothing is dropped silently. */
export function ReportView({ report }: { readonly report: ConversionReport }) {
  const { t } = useTranslation();
  const { counts } = report;
  const codes = Object.entries(report.summary).sort((a, b) => b[1] - a[1]);
  return (
    <div className="report" data-testid="conversion-report" data-lossless={report.lossless}>
      <p>
        {t(`exchange.counts.${report.direction}`, {
          documents: counts.documents,
          read: counts.annotationsRead,
          written: counts.annotationsWritten,
          skipped: counts.annotationsSkipped,
          records: counts.records,
        })}
      </p>
      <p className={report.lossless ? 'report-ok' : 'report-lossy'}>
        {report.lossless ? t('exchange.lossless') : t('exchange.lossy')}
      </p>
      {codes.length > 0 ? (
        <details open>
          <summary>{t('exchange.issues', { count: codes.reduce((n, [, c]) => n + c, 0) })}</summary>
          <ul className="report-issues">
            {report.issues.map((issue, index) => (
              <li key={index} data-kind={issue.kind}>
                <strong>{t(`exchange.kind.${issue.kind}`)}</strong> {issue.message}
                {issue.location ? (
                  <span className="report-location"> ({issue.location})</span>
                ) : null}
              </li>
            ))}
          </ul>
          {report.issuesOmitted > 0 ? (
            <p>{t('exchange.omitted', { count: report.issuesOmitted })}</p>
          ) : null}
        </details>
      ) : null}
    </div>
  );
}
