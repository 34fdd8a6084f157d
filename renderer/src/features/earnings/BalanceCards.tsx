import { useTranslation } from 'react-i18next';
import type { Earnings } from '../../../../shared/pay/wire';
import type { MyQueue } from '../../../../shared/work/wire';
import { formatMoney } from '../../i18n/format';

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

/** Available, approved-but-on-hold, and in review, per currency. */
export function BalanceCards({
  earnings,
  queue,
}: {
  readonly earnings: Earnings;
  readonly queue?: MyQueue;
}) {
  const { t, i18n } = useTranslation();
  const review = inReviewEstimate(queue);
  const currencies = [
    ...new Set([...earnings.balances.map((b) => b.currency), ...review.keys()]),
  ].sort();
  return (
    <div className="balance-cards">
      {currencies.map((currency) => {
        const b = earnings.balances.find((x) => x.currency === currency);
        const money = (minor: number) => formatMoney(minor, currency, i18n.language);
        return (
          <dl key={currency} className="balance-card" data-testid={`balance-${currency}`}>
            <div>
              <dt>{t('earnings.available')}</dt>
              <dd data-testid="available">{money(b?.availableMinor ?? 0)}</dd>
            </div>
            <div>
              <dt>{t('earnings.pending', { days: earnings.holdDays })}</dt>
              <dd data-testid="pending">{money(b?.pendingMinor ?? 0)}</dd>
            </div>
            <div>
              <dt>{t('earnings.inReview')}</dt>
              <dd data-testid="in-review">{money(review.get(currency) ?? 0)}</dd>
            </div>
          </dl>
        );
      })}
    </div>
  );
}
