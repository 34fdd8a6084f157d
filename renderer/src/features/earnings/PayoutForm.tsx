import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import { asCurrency, parseMinor } from '../../../../shared/pay/money';
import type { Earnings } from '../../../../shared/pay/wire';
import { callPlatform } from '../../api/platformOps';
import { formatMoney } from '../../i18n/format';

/**
 * Asks for a payout of available money. The idempotency key is made when the form is filled and
 * kept until the platform answers, so a retry after a lost answer can never pay twice.
 */
export function PayoutForm({
  earnings,
  onDone,
}: {
  readonly earnings: Earnings;
  readonly onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const amountId = useId();
  const payable = earnings.balances.filter((b) => b.availableMinor > 0);
  const [currency, setCurrency] = useState(payable[0]?.currency ?? '');
  const [amount, setAmount] = useState('');
  const [key, setKey] = useState(() => uuidv7());
  const [message, setMessage] = useState<string>();
  if (payable.length === 0) return <p className="muted">{t('earnings.nothingToPay')}</p>;

  const request = async (): Promise<void> => {
    setMessage(undefined);
    let minor: number;
    try {
      minor = parseMinor(amount, asCurrency(currency));
    } catch {
      setMessage(t('earnings.badAmount'));
      return;
    }
    try {
      const result = await callPlatform(
        'earnings.payout',
        {},
        { idempotencyKey: key, amountMinor: minor, currency },
      );
      setKey(uuidv7());
      setMessage(
        result.payout.status === 'accepted'
          ? t('earnings.payoutAccepted', { amount: formatMoney(minor, currency, i18n.language) })
          : t('earnings.payoutRejected'),
      );
      onDone();
    } catch (e) {
      setMessage(
        t('earnings.payoutFailed', { message: e instanceof Error ? e.message : String(e) }),
      );
    }
  };

  return (
    <section className="payout" aria-labelledby="payout-title">
      <h2 id="payout-title">{t('earnings.payoutTitle')}</h2>
      <div className="inline-field">
        <label htmlFor={amountId}>{t('earnings.amount')}</label>
        <input
          id={amountId}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <select
          aria-label={t('earnings.currency')}
          value={currency}
          onChange={(e) => setCurrency(e.target.value)}
        >
          {payable.map((b) => (
            <option key={b.currency} value={b.currency}>
              {b.currency}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          disabled={amount.trim() === ''}
          onClick={() => void request()}
        >
          {t('earnings.requestPayout')}
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
