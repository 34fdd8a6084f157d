import { useTranslation } from 'react-i18next';
import { compressRanges, decodeWarning } from '../../../../shared/files/warnings';
import type { ImportNotice } from '../../stores/useDocumentStore';

/** Turns a stored warning (shared/files/warnings.ts) into a sentence. */
function useWarningText(): (warning: string) => string {
  const { t } = useTranslation();
  return (raw) => {
    const warning = decodeWarning(raw);
    switch (warning.code) {
      case 'unreadablePages':
        return t('documents.warning.unreadablePages', { pages: compressRanges(warning.pages) });
      case 'unreadablePageCount':
        return t('documents.warning.unreadablePageCount', { count: warning.count });
      case 'passwordProtected':
        return t('documents.warning.passwordProtected');
      case 'unknown':
        return warning.raw;
    }
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
