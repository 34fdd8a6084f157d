import { useTranslation } from 'react-i18next';
import { PasswordForm } from '../../ui/PasswordForm';

interface PdfPasswordPromptProps {
  readonly name: string;
  readonly retry: boolean;
  readonly onSubmit: (password: string) => void;
  readonly onCancel: () => void;
}

/** Asks for an encrypted PDF's password in the pane (it is never stored). */
export function PdfPasswordPrompt({ name, retry, onSubmit, onCancel }: PdfPasswordPromptProps) {
  const { t } = useTranslation();
  return (
    <PasswordForm
      className="pdfv-card"
      testId="pdf-password"
      body={t('pdf.password.body', { name })}
      retry={retry}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}
