import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { integrity, useInterviewStore } from '../../stores/useInterviewStore';
import { Markdown } from './Markdown';

/** The answer box of one prompt (keyed by the prompt, so a new prompt starts empty). */
export function AnswerForm() {
  const { t } = useTranslation();
  const { busy, error, answer, abandon } = useInterviewStore();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) void answer(text);
      }}
    >
      <label htmlFor="interview-answer">{t('interview.yourAnswer')}</label>
      {preview ? (
        <div className="chat-turn answer" data-testid="answer-preview">
          <Markdown text={text} />
        </div>
      ) : (
        <textarea
          id="interview-answer"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPaste={(e) => integrity.paste(e.clipboardData.getData('text').length)}
        />
      )}
      <p className="help">{t('interview.markdownHelp')}</p>
      <div className="view-actions">
        <button type="button" onClick={() => setPreview(!preview)}>
          {preview ? t('interview.edit') : t('interview.preview')}
        </button>
        <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
          {t('interview.send')}
        </button>
        <button type="button" className="link-button" onClick={() => void abandon()}>
          {t('interview.abandon')}
        </button>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
