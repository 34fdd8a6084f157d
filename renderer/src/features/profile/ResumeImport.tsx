import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestFromResume, type ResumeSuggestion } from '../../../../shared/profile/resume';

interface Props {
  /** Adds one confirmed suggestion to the form (nothing is saved until the expert saves). */
  readonly onConfirm: (suggestion: ResumeSuggestion) => void;
}

function describe(s: ResumeSuggestion): string {
  return Object.entries(s.value)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(' · ');
}

/** Résumé text → suggestions the expert confirms one by one; each shows the line it came from. */
export function ResumeImport({ onConfirm }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [found, setFound] = useState<ResumeSuggestion[] | undefined>();
  const [added, setAdded] = useState<ReadonlySet<number>>(new Set());
  return (
    <details className="profile-section resume-import">
      <summary>{t('profile.resume.title')}</summary>
      <p className="help">{t('profile.resume.help')}</p>
      <label htmlFor="resume-text">{t('profile.resume.label')}</label>
      <textarea id="resume-text" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        disabled={text.trim() === ''}
        onClick={() => {
          setFound(suggestFromResume(text));
          setAdded(new Set());
        }}
      >
        {t('profile.resume.find')}
      </button>
      {found ? (
        found.length === 0 ? (
          <p>{t('profile.resume.none')}</p>
        ) : (
          <ul className="resume-suggestions" aria-label={t('profile.resume.found')}>
            {found.map((s, i) => (
              <li key={i}>
                <span className="badge">{t(`profile.resume.kind.${s.kind}`)}</span> {describe(s)}
                <blockquote>{s.line}</blockquote>
                <button
                  type="button"
                  disabled={added.has(i)}
                  onClick={() => {
                    onConfirm(s);
                    setAdded(new Set([...added, i]));
                  }}
                >
                  {added.has(i) ? t('profile.resume.added') : t('profile.resume.add')}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </details>
  );
}
