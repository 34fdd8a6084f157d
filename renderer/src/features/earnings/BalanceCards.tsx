import { useTranslation } from 'react-i18next';
import type { Earnings } from '../../../../shared/pay/wire';
import type { MyQueue } from '../../../../shared/work/wire';
import { formatMoney } from '../../i18n/format';
import { organisationName } from './organisations';

/** Per-task work submitted and not yet decided, per currency (hourly work is priced at approval). */
export function inReviewEstimate(queue: MyQueue | undefined): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of queue?.items ?? []) {
    if (item.status !== 'submitted' && item.status !== 'resubmitted') continue;
    const pay = queue?.projects.find((p) => p.id === item.projectId)?.pay;
    if (!pay || pay.kind !== 'perTask') continue;
    sums.set(pay.currency, (sums.get(pay.currency) ?? 0) + pay.rateMinor);
  }
  return sums;
}

/**
 * What each organisation owes the expert (available, and approved but on hold), one card per
 * organisation and currency; then per-task work in review, per currency, if there is any.
 */
export function BalanceCards({
  earnings,
  queue,
}: {
  readonly earnings: Earnings;
  readonly queue?: MyQueue;
}) {
  const { t, i18n } = useTranslation();
  const review = inReviewEstimate(queue);
  // Only currencies with work in review: a row of zeros says nothing.
  const currencies = [...review.keys()].sort();
  return (
    <div className="balance-cards">
      {earnings.balances.map((b) => {
        const money = (minor: number) => formatMoney(minor, b.currency, i18n.language);
        const owner = organisationName(
          earnings,
          b.organisationId,
          t('earnings.unknownOrganisation'),
        );
        return (
          <section
            key={`${b.organisationId} ${b.currency}`}
            className="balance-card balance-owed"
            data-testid={`balance-${b.organisationId}-${b.currency}`}
            aria-label={t('earnings.owedBy', { organisation: owner })}
          >
            <h2>{t('earnings.owedBy', { organisation: owner })}</h2>
            <dl>
              <div>
                <dt>{t('earnings.available')}</dt>
                <dd data-testid="available">{money(b.availableMinor)}</dd>
              </div>
              <div>
                <dt>{t('earnings.pending', { days: earnings.holdDays })}</dt>
                <dd data-testid="pending">{money(b.pendingMinor)}</dd>
              </div>
            </dl>
          </section>
        );
      })}
      {currencies.length > 0 ? (
        <dl className="balance-card" data-testid="in-review">
          <div>
            <dt>{t('earnings.inReview')}</dt>
            {currencies.map((currency) => (
              <dd key={currency} data-testid={`in-review-${currency}`}>
                {formatMoney(review.get(currency) ?? 0, currency, i18n.language)}
              </dd>
            ))}
          </div>
        </dl>
      ) : null}
    </div>
  );
}
