import { useTranslation } from 'react-i18next';
import { effectiveScores } from '../../../../shared/interview/override';
import { competencyById } from '../../../../shared/interview/rubric';
import { useInterviewStore } from '../../stores/useInterviewStore';
import { SuggestionList } from './SuggestionList';
import { TranscriptList } from './TranscriptList';

/** Per-competency scores with the quoted evidence, suggestions, what was recorded, the transcript. */
export function InterviewResults() {
  const { t } = useTranslation();
  const { transcript, eligibility, busy, error, retryScoring, start } = useInterviewStore();
  if (!transcript) return null;
  const result = transcript.result;
  return (
    <div className="interview-results" data-testid="interview-results">
      {!result ? (
        <div role="alert">
          <p>
            {t('interview.results.failed', { message: transcript.scoringError?.message ?? '' })}
          </p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void retryScoring()}
          >
            {t('interview.results.retry')}
          </button>
        </div>
      ) : (
        <>
          <section aria-labelledby="scores-title">
            <h2 id="scores-title">{t('interview.results.scores')}</h2>
            <p className="help">
              {t('interview.results.provenance', {
                engine: result.engine.engine,
                model: result.engine.model,
                prompt: result.engine.promptVersion,
                rubric: result.rubricVersion,
                bank: result.bankVersion,
              })}
            </p>
            {effectiveScores(result).map((e) => {
              const detail = result.scores.find((s) => s.competencyId === e.competencyId)!;
              const name = competencyById(e.competencyId)?.name ?? e.competencyId;
              return (
                <div
                  key={e.competencyId}
                  className="score-row"
                  data-testid="competency-score"
                  data-competency={e.competencyId}
                >
                  <h3>
                    {name}: <span className="score-value">{e.score}/4</span>
                    {e.source === 'reviewer' ? (
                      <span className="badge">
                        {t('interview.results.overridden', { engine: e.engineScore })}
                      </span>
                    ) : null}
                  </h3>
                  {e.override ? (
                    <p>{t('interview.results.overrideReason', { reason: e.override.reason })}</p>
                  ) : null}
                  <p>{detail.rationale}</p>
                  {detail.evidence.map((ev) => (
                    <blockquote key={`${ev.turnId}-${ev.start}`} data-testid="evidence">
                      {ev.quote}
                    </blockquote>
                  ))}
                </div>
              );
            })}
          </section>
          <section aria-labelledby="suggestions-title">
            <h2 id="suggestions-title">{t('interview.results.suggestions')}</h2>
            <SuggestionList suggestions={result.suggestions} />
          </section>
          <section aria-labelledby="integrity-title">
            <h2 id="integrity-title">{t('interview.results.recorded')}</h2>
            <p className="help">{t('interview.results.recordedHelp')}</p>
            <ul>
              {result.integrity.turns.map((turn) => (
                <li key={turn.turnId}>
                  {t('interview.results.turnLine', {
                    label: turn.label,
                    seconds: Math.round(turn.answerSeconds),
                    pasted: turn.pastedChars,
                    away: turn.focusLosses,
                  })}
                </li>
              ))}
              {result.integrity.notes.map((note, i) => (
                <li key={i}>{note.text}</li>
              ))}
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="transcript-title">
        <h2 id="transcript-title">{t('interview.transcript')}</h2>
        <TranscriptList turns={transcript.turns} />
      </section>
      <section aria-labelledby="retake-title">
        <h2 id="retake-title">{t('interview.results.retake')}</h2>
        {eligibility?.allowed ? (
          <button type="button" disabled={busy} onClick={() => void start()}>
            {t('interview.results.retakeNow')}
          </button>
        ) : (
          <p>{eligibility?.reason}</p>
        )}
      </section>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
