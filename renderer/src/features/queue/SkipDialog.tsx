import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../ui/Modal';

interface SkipDialogProps {
  readonly title: string;
  readonly onSkip: (reason: string) => Promise<void>;
  readonly onCancel: () => void;
}

/** Skipping needs a reason (the requester reads it; nobody is penalised for a conflict of interest). */
export function SkipDialog({ title, onSkip, onCancel }: SkipDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fieldId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <Modal titleId={titleId} onCancel={onCancel} testId="skip-dialog">
      <h2 id={titleId}>{t('queue.skipTitle', { title })}</h2>
      <label htmlFor={fieldId}>{t('queue.skipReason')}</label>
      <textarea id={fieldId} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          {t('queue.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={reason.trim() === '' || busy}
          onClick={() => {
            setBusy(true);
            onSkip(reason.trim()).catch((e: unknown) => {
              setBusy(false);
              setError(e instanceof Error ? e.message : String(e));
            });
          }}
        >
          {t('queue.skip')}
        </button>
      </div>
    </Modal>
  );
}
