import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Earnings } from '../../../../shared/pay/wire';
import { formatDateTime, formatMoney } from '../../i18n/format';
import { exportStatement } from './exportStatement';
import { organisationName } from './organisations';

type WireStatement = Earnings['statements'][number];

/**
 * One organisation's statement: every movement with the project, task, review decision and reason
 * behind it; CSV and PDF export. The statement of the history before per-organisation accounts
 * says so (its balances were carried over into the organisations' statements).
 */
export function StatementSection({
  earnings,
  statement,
  expertName,
}: {
  readonly earnings: Earnings;
  readonly statement: WireStatement;
  readonly expertName: string;
}) {
  const { t, i18n } = useTranslation();
  const [saved, setSaved] = useState<string>();
  const money = (minor: number) => formatMoney(minor, statement.currency, i18n.language);
  const project = (id: string | null) => earnings.projects.find((p) => p.id === id)?.name ?? '';
  const task = (id: string | null) => earnings.tasks.find((x) => x.id === id)?.title ?? '';
  const owner = organisationName(
    earnings,
    statement.organisationId,
    t('earnings.unknownOrganisation'),
  );
  const history = statement.organisationId === null;
  const headingId = `statement-${statement.organisationId ?? 'history'}-${statement.currency}`;
  const save = (format: 'csv' | 'pdf') => async () => {
    const status = await exportStatement(
      earnings,
      statement,
      format,
      expertName,
      history ? t('earnings.historyName') : owner,
    );
    setSaved(
      status === 'saved' ? t('earnings.saved', { format: format.toUpperCase() }) : undefined,
    );
  };
  return (
    <section aria-labelledby={headingId} className="statement" data-testid="statement-section">
      <header className="queue-group-header">
        <h2 id={headingId}>
          {history
            ? t('earnings.historyTitle', { currency: statement.currency })
            : t('earnings.statementTitle', { organisation: owner, currency: statement.currency })}
        </h2>
        <button type="button" onClick={() => void save('csv')()}>
          {t('earnings.exportCsv')}
        </button>
        <button type="button" onClick={() => void save('pdf')()}>
          {t('earnings.exportPdf')}
        </button>
        {saved ? <span role="status">{saved}</span> : null}
      </header>
      {history ? <p className="muted">{t('earnings.historyHelp')}</p> : null}
      <table className="table" data-testid="statement">
        <thead>
          <tr>
            <th scope="col">{t('earnings.columns.date')}</th>
            <th scope="col">{t('earnings.columns.what')}</th>
            <th scope="col">{t('earnings.columns.source')}</th>
            <th scope="col" className="num">
              {t('earnings.columns.amount')}
            </th>
            <th scope="col" className="num">
              {t('earnings.columns.available')}
            </th>
          </tr>
        </thead>
        <tbody>
          {statement.lines.map((line) => (
            <tr
              key={`${line.transactionId}-${line.account}-${line.projectId ?? ''}`}
              data-testid="statement-line"
              data-kind={line.kind}
            >
              <td>{formatDateTime(line.occurredAt, i18n.language)}</td>
              <td>
                {t(`earnings.kind.${line.kind}`)} · {t(`earnings.account.${line.account}`)}
                {/* How an earning was computed; for other kinds the kind already says it. */}
                {line.kind === 'accrual' ? <div className="muted">{line.detail}</div> : null}
              </td>
              <td>
                {project(line.projectId)}
                {line.taskId ? <div>{task(line.taskId)}</div> : null}
                {line.reviewId ? (
                  <div className="muted">
                    {t('earnings.review', { id: line.reviewId.slice(-8) })}
                  </div>
                ) : null}
                {line.reason ? (
                  <div className="statement-reason" data-testid="statement-reason">
                    {t('earnings.reason', { reason: line.reason })}
                  </div>
                ) : null}
              </td>
              <td className="num">{money(line.amountMinor)}</td>
              <td className="num">{money(line.after.availableMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
