import { useTranslation } from 'react-i18next';

interface PdfNoticesProps {
  /** The document's import warnings (see buildDocument), e.g. `unreadablePages:3–5`. */
  readonly warnings: readonly string[];
  readonly movedCount: number;
}

/** What the expert should know about this file before labelling it. */
export function PdfNotices({ warnings, movedCount }: PdfNoticesProps) {
  const { t } = useTranslation();
  const unreadable = warnings
    .filter((w) => w.startsWith('unreadablePages:'))
    .map((w) => w.slice('unreadablePages:'.length));
  if (unreadable.length === 0 && movedCount === 0) return null;
  return (
    <div className="pdfv-notices" role="status" data-testid="pdf-notices">
      {unreadable.map((pages) => (
        <p key={pages} className="pdfv-warning" data-testid="pdf-warning">
          {t('pdf.warning.unreadablePages', { pages })}
        </p>
      ))}
      {movedCount > 0 ? <p>{t('pdf.warning.moved', { count: movedCount })}</p> : null}
    </div>
  );
}
