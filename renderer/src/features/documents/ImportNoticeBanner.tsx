import { useTranslation } from 'react-i18next';
import type { ImportNotice } from '../../stores/useDocumentStore';

/** Turns a stored warning code ("unreadablePages:3–5") into a sentence. */
function useWarningText(): (warning: string) => string {
  const { t } = useTranslation();
  return (warning) => {
    const [code, detail] = warning.split(':');
    if (code === 'unreadablePages')
      return t('documents.warning.unreadablePages', { pages: detail });
    if (code === 'passwordProtected') return t('documents.warning.passwordProtected');
    return warning;
  };
}

export function ImportNoticeBanner({
  notice,
  onDismiss,
}: {
  readonly notice: ImportNotice;
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const warningText = useWarningText();
  const isError = notice.kind === 'problem' || notice.kind === 'failed';
  const message =
    notice.kind === 'problem'
      ? t(`documents.problem.${notice.problem}`, { name: notice.name })
      : notice.kind === 'duplicate'
        ? t('documents.notice.duplicate', { name: notice.name, existing: notice.existing })
        : t(`documents.notice.${notice.kind}`, { name: notice.name });
  return (
    <div
      className={`notice ${isError ? 'notice-error' : 'notice-info'}`}
      role={isError ? 'alert' : 'status'}
      data-testid="import-notice"
      data-kind={notice.kind}
      data-problem={notice.kind === 'problem' ? notice.problem : undefined}
    >
      <div>
        <p>{message}</p>
        {notice.kind === 'imported' && notice.warnings.length > 0 ? (
          <ul className="notice-warnings">
            {notice.warnings.map((w) => (
              <li key={w}>{warningText(w)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button
        type="button"
        className="icon-button"
        onClick={onDismiss}
        aria-label={t('documents.notice.dismiss')}
      >
        ×
      </button>
    </div>
  );
}
