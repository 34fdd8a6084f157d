import { useTranslation } from 'react-i18next';
import { compressRanges, decodeWarning } from '../../../../shared/files/warnings';

interface PdfNoticesProps {
  /** The document's stored import warnings (shared/files/warnings.ts), e.g. `unreadablePages:3–5`. */
  readonly warnings: readonly string[];
  readonly movedCount: number;
}

/** What the expert should know about this file before labelling it. */
export function PdfNotices({ warnings, movedCount }: PdfNoticesProps) {
  const { t } = useTranslation();
  const unreadable = warnings.flatMap((raw) => {
    const warning = decodeWarning(raw);
    if (warning.code === 'unreadablePages')
      return [t('pdf.warning.unreadablePages', { pages: compressRanges(warning.pages) })];
    if (warning.code === 'unreadablePageCount')
      return [t('pdf.warning.unreadablePageCount', { count: warning.count })];
    return [];
  });
  if (unreadable.length === 0 && movedCount === 0) return null;
  return (
    <div className="pdfv-notices" role="status" data-testid="pdf-notices">
      {unreadable.map((text) => (
        <p key={text} className="pdfv-warning" data-testid="pdf-warning">
          {text}
        </p>
      ))}
      {movedCount > 0 ? <p>{t('pdf.warning.moved', { count: movedCount })}</p> : null}
    </div>
  );
}
