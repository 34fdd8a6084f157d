import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PdfPasswordPromptProps {
  readonly name: string;
  readonly retry: boolean;
  readonly onSubmit: (password: string) => void;
  readonly onCancel: () => void;
}

/** Asks for an encrypted PDF's password in the pane (it is never stored). */
export function PdfPasswordPrompt({ name, retry, onSubmit, onCancel }: PdfPasswordPromptProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputId = useId();
  const [password, setPassword] = useState('');
  return (
    <form
      className="pdfv-card"
      aria-labelledby={titleId}
      data-testid="pdf-password"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(password);
        setPassword('');
      }}
    >
      <h2 id={titleId}>{t('pdf.password.title')}</h2>
      <p>{t('pdf.password.body', { name })}</p>
      {retry ? (
        <p className="field-error" role="alert">
          {t('pdf.password.retry')}
        </p>
      ) : null}
      <label htmlFor={inputId}>{t('pdf.password.label')}</label>
      <input
        id={inputId}
        type="password"
        autoFocus
        autoComplete="off"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          {t('pdf.password.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('pdf.password.submit')}
        </button>
      </div>
    </form>
  );
}
