import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordRequest } from '../../stores/useDocumentStore';
import { Modal } from '../../ui/Modal';

export function PasswordDialog({ request }: { readonly request: PasswordRequest }) {
  const { t } = useTranslation();
  const titleId = useId();
  const inputId = useId();
  const [password, setPassword] = useState('');
  return (
    <Modal titleId={titleId} onCancel={() => request.answer(undefined)} testId="password-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          request.answer(password);
        }}
      >
        <h2 id={titleId}>{t('documents.password.title')}</h2>
        <p>{t('documents.password.body', { name: request.fileName })}</p>
        {request.retry ? (
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
          <button type="button" onClick={() => request.answer(undefined)}>
            {t('documents.password.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('documents.password.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
