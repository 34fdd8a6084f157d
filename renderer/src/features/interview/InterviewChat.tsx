import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { integrity, useInterviewStore } from '../../stores/useInterviewStore';
import { AnswerForm } from './AnswerForm';
import { Markdown } from './Markdown';
import { TranscriptList } from './TranscriptList';

function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One prompt at a time, the conversation so far above it; pastes and absences are recorded. */
export function InterviewChat() {
  const { t } = useTranslation();
  const { prompt, shownAt, transcript } = useInterviewStore();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const away = () => integrity.away();
    const back = () => integrity.back();
    const visibility = () => (document.hidden ? integrity.away() : integrity.back());
    window.addEventListener('blur', away);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', visibility);
    return () => {
      clearInterval(timer);
      window.removeEventListener('blur', away);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', visibility);
    };
  }, []);

  if (!prompt) return null;
  const answered = (transcript?.turns ?? []).filter((turn) => turn.answer);
  return (
    <div className="interview-chat">
      <div className="interview-progress">
        <span data-testid="interview-progress">
          {t('interview.progress', { number: prompt.number, total: prompt.total })}
        </span>
        <progress max={prompt.total} value={prompt.number - 1} aria-hidden="true" />
        <span data-testid="answer-timer" aria-label={t('interview.timerLabel')}>
          {elapsed(now - (shownAt ?? now))}
        </span>
      </div>
      <p className="integrity-notice">{t('interview.integrityNotice')}</p>
      {answered.length > 0 ? (
        <details>
          <summary>{t('interview.earlier', { count: answered.length })}</summary>
          <TranscriptList turns={answered} />
        </details>
      ) : null}
      <article
        className="chat-turn question"
        aria-labelledby="current-question"
        data-testid="current-prompt"
        data-question-id={prompt.questionId}
        data-turn-id={prompt.turnId}
        data-kind={prompt.kind}
      >
        <h2 id="current-question">
          {prompt.kind === 'follow-up'
            ? t('interview.followUp', { number: prompt.number })
            : t('interview.question', { number: prompt.number })}
        </h2>
        <Markdown text={prompt.text} />
      </article>
      <AnswerForm key={prompt.turnId} />
    </div>
  );
}
