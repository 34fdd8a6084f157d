import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountStore } from '../../stores/useAccountStore';
import { useInterviewStore } from '../../stores/useInterviewStore';
import { EmptyState } from '../shell/EmptyState';
import { InterviewChat } from './InterviewChat';
import { InterviewResults } from './InterviewResults';
import '../../styles/vetting.css';

function Intro() {
  const { t } = useTranslation();
  const { eligibility, busy, error, start } = useInterviewStore();
  return (
    <div className="interview-intro">
      <p>{t('interview.intro')}</p>
      <p className="integrity-notice">{t('interview.integrityNotice')}</p>
      {eligibility?.allowed ? (
        <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
          {t('interview.start')}
        </button>
      ) : (
        <p>{eligibility?.reason}</p>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The AI interview: intro, the focused chat, then the results page. */
export function InterviewView() {
  const { t } = useTranslation();
  const me = useAccountStore((s) => s.me);
  const { phase, error, load } = useInterviewStore();
  useEffect(() => {
    if (me?.role === 'expert') void load();
  }, [me, load]);
  if (!me) return <EmptyState title={t('nav.interview')} message={t('empty.interview')} />;
  if (me.role !== 'expert')
    return <EmptyState title={t('nav.interview')} message={t('interview.notExpert')} />;
  return (
    <section className="view interview-view" aria-labelledby="view-title" data-phase={phase}>
      <h1 id="view-title">{t('nav.interview')}</h1>
      {phase === 'loading' ? <p>{error ?? t('interview.loading')}</p> : null}
      {phase === 'intro' ? <Intro /> : null}
      {phase === 'asking' ? <InterviewChat /> : null}
      {phase === 'scoring' ? <p role="status">{t('interview.scoring')}</p> : null}
      {phase === 'results' ? <InterviewResults /> : null}
    </section>
  );
}
