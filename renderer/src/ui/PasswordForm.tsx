import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PasswordFormProps {
  /** What is locked and what happens to the password (the caller's words). */
  readonly body: ReactNode;
  readonly retry: boolean;
  readonly onSubmit: (password: string) => void;
  readonly onCancel: () => void;
  readonly className?: string;
  readonly testId?: string;
  /** The title's id when a dialog around the form is labelled by it (the form then is not). */
  readonly titleId?: string;
}

/** Asks for a document's password; the field empties after each attempt and nothing is stored. */
export function PasswordForm(props: PasswordFormProps) {
  const { t } = useTranslation();
  const ownTitleId = useId();
  const titleId = props.titleId ?? ownTitleId;
  const inputId = useId();
  const [password, setPassword] = useState('');
  return (
    <form
      className={props.className}
      aria-labelledby={props.titleId ? undefined : titleId}
      data-testid={props.testId}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(password);
        setPassword('');
      }}
    >
      <h2 id={titleId}>{t('documents.password.title')}</h2>
      <p>{props.body}</p>
      {props.retry ? (
        <p className="field-error" role="alert">
          {t('documents.password.retry')}
        </p>
      ) : null}
      <label htmlFor={inputId}>{t('documents.password.label')}</label>
      <input
        id={inputId}
        type="password"
        autoFocus
        autoComplete="off"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('documents.password.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('documents.password.submit')}
        </button>
      </div>
    </form>
  );
}
