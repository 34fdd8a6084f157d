import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasswordRequest } from '../../stores/useDocumentStore';
import { Modal } from '../../ui/Modal';
import { PasswordForm } from '../../ui/PasswordForm';

export function PasswordDialog({ request }: { readonly request: PasswordRequest }) {
  const { t } = useTranslation();
  const titleId = useId();
  const cancel = () => request.answer(undefined);
  return (
    <Modal titleId={titleId} onCancel={cancel} testId="password-dialog">
      <PasswordForm
        titleId={titleId}
        body={t('documents.password.body', { name: request.fileName })}
        retry={request.retry}
        onSubmit={(password) => request.answer(password)}
        onCancel={cancel}
      />
    </Modal>
  );
}
