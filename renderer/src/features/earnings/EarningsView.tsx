import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Earnings } from '../../../../shared/pay/wire';
import type { GoldSummary, MyTime } from '../../../../shared/work/wireInsight';
import { callPlatform } from '../../api/platformOps';
import { useAuthStore } from '../../stores/useAuthStore';
import { useWorkStore } from '../../stores/useWorkStore';
import { GoldTable } from '../review/GoldPanel';
import { EmptyState } from '../shell/EmptyState';
import { BalanceCards } from './BalanceCards';
import { EarningsCharts } from './EarningsCharts';
import { PayoutForm } from './PayoutForm';
import { StatementSection } from './StatementSection';
import { TimePanel } from './TimePanel';
import '../queue/work.css';
import './earnings.css';

/**
 * What the expert earned, who owes it and why: balances per organisation, charts, every line
 * traceable (with the reason of each adjustment and bonus), exports, payouts per organisation.
 */
export function EarningsView() {
  const { t } = useTranslation();
  const signedIn = useAuthStore((s) => s.status?.state === 'signedIn');
  if (!signedIn) return <EmptyState title={t('nav.earnings')} message={t('empty.earnings')} />;
  return <SignedInEarnings />;
}

function SignedInEarnings() {
  const { t } = useTranslation();
  const userName = useAuthStore((s) => s.status?.user?.name ?? s.status?.user?.email ?? '');
  const [earnings, setEarnings] = useState<Earnings>();
  const [time, setTime] = useState<MyTime>();
  const [gold, setGold] = useState<GoldSummary[]>([]);
  const [error, setError] = useState<string>();
  const queue = useWorkStore((s) => s.queue);
  const load = useCallback(() => {
    callPlatform('earnings.get', {})
      .then((data) => {
        setEarnings(data);
        setError(undefined);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void callPlatform('time.mine', {}).then(setTime, () => undefined);
    void callPlatform('gold.mine', {}).then(setGold, () => undefined);
    void useWorkStore.getState().refresh();
  }, []);
  useEffect(load, [load]);

  return (
    <section className="view work-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{t('nav.earnings')}</h1>
        <div className="view-actions">
          <button type="button" onClick={load}>
            {t('earnings.refresh')}
          </button>
        </div>
      </header>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      {earnings ? (
        <>
          <BalanceCards earnings={earnings} queue={queue} />
          {earnings.statements.length === 0 ? (
            <p className="empty-state">{t('earnings.nothingYet')}</p>
          ) : null}
          {earnings.statements.map((statement) => (
            <div key={`${statement.organisationId ?? 'history'} ${statement.currency}`}>
              <EarningsCharts earnings={earnings} statement={statement} />
              <StatementSection earnings={earnings} statement={statement} expertName={userName} />
            </div>
          ))}
          <PayoutForm earnings={earnings} onDone={load} />
        </>
      ) : null}
      {time ? <TimePanel time={time} queue={queue} /> : null}
      {gold.length > 0 ? (
        <section aria-labelledby="gold-title">
          <h2 id="gold-title">{t('earnings.goldTitle')}</h2>
          <GoldTable rows={gold} showProject />
        </section>
      ) : null}
    </section>
  );
}
