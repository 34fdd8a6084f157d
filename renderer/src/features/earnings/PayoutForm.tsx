import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uuidv7 } from 'uuidv7';
import { asCurrency, parseMinor } from '../../../../shared/pay/money';
import type { Earnings } from '../../../../shared/pay/wire';
import { callPlatform } from '../../api/platformOps';
import { formatMoney } from '../../i18n/format';
import { organisationName } from './organisations';

/**
 * Asks one organisation for a payout of what it owes, available. The idempotency key is made
 * when the form is filled and kept until the platform answers, so a retry after a lost answer
 * can never pay twice.
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
  const fromId = useId();
  const payable = earnings.balances.filter((b) => b.availableMinor > 0);
  const valueOf = (b: { organisationId: string; currency: string }) =>
    `${b.organisationId} ${b.currency}`;
  const [source, setSource] = useState(payable[0] ? valueOf(payable[0]) : '');
  const [amount, setAmount] = useState('');
  const [key, setKey] = useState(() => uuidv7());
  const [message, setMessage] = useState<string>();
  if (payable.length === 0) return <p className="muted">{t('earnings.nothingToPay')}</p>;
  const chosen = payable.find((b) => valueOf(b) === source) ?? payable[0]!;
  const owner = (organisationId: string) =>
    organisationName(earnings, organisationId, t('earnings.unknownOrganisation'));

  const request = async (): Promise<void> => {
    setMessage(undefined);
    let minor: number;
    try {
      minor = parseMinor(amount, asCurrency(chosen.currency));
    } catch {
      setMessage(t('earnings.badAmount'));
      return;
    }
    try {
      const result = await callPlatform(
        'earnings.payout',
        {},
        {
          idempotencyKey: key,
          amountMinor: minor,
          currency: chosen.currency,
          organisationId: chosen.organisationId,
        },
      );
      setKey(uuidv7());
      setMessage(
        result.payout.status === 'accepted'
          ? t('earnings.payoutAccepted', {
              amount: formatMoney(minor, chosen.currency, i18n.language),
              organisation: owner(chosen.organisationId),
            })
          : t('earnings.payoutRejected', { organisation: owner(chosen.organisationId) }),
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
      <p className="muted payout-help">{t('earnings.payoutHelp')}</p>
      <div className="inline-field">
        <label htmlFor={fromId}>{t('earnings.payoutFrom')}</label>
        <select
          id={fromId}
          value={valueOf(chosen)}
          onChange={(e) => {
            setSource(e.target.value);
            // Another organisation is another request: it gets its own key.
            setKey(uuidv7());
          }}
        >
          {payable.map((b) => (
            <option key={valueOf(b)} value={valueOf(b)}>
              {t('earnings.payoutOption', {
                organisation: owner(b.organisationId),
                amount: formatMoney(b.availableMinor, b.currency, i18n.language),
              })}
            </option>
          ))}
        </select>
        <label htmlFor={amountId}>{t('earnings.amount')}</label>
        <input
          id={amountId}
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
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
