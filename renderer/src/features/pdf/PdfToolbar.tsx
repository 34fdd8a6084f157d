import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePdfView, ZOOM_STEPS } from './pdfViewStore';

interface PdfToolbarProps {
  readonly pageCount: number;
  readonly orphanCount: number;
  readonly orphansOpen: boolean;
  readonly onToggleOrphans: () => void;
}

function nextStep(percent: number, direction: 1 | -1): number {
  const steps = direction > 0 ? ZOOM_STEPS : [...ZOOM_STEPS].reverse();
  return steps.find((s) => (direction > 0 ? s > percent + 0.5 : s < percent - 0.5)) ?? percent;
}

/** Page navigation, zoom, rotation, tools and find. */
export function PdfToolbar({
  pageCount,
  orphanCount,
  orphansOpen,
  onToggleOrphans,
}: PdfToolbarProps) {
  const { t } = useTranslation();
  const pageInputId = useId();
  const zoomId = useId();
  const view = usePdfView((s) => s);
  // What the expert is typing in the page box; otherwise it shows the current page.
  const [editing, setEditing] = useState<string>();
  const pageText = editing ?? String(view.currentPage + 1);

  const zoomValue = view.zoomMode === 'percent' ? String(Math.round(view.percent)) : view.zoomMode;
  const jump = (): void => {
    const n = Number.parseInt(pageText, 10);
    if (Number.isFinite(n)) view.goTo(Math.min(pageCount, Math.max(1, n)) - 1);
    setEditing(undefined);
  };

  return (
    <div className="pdfv-toolbar" role="toolbar" aria-label={t('pdf.toolbar.label')}>
      <button
        type="button"
        aria-pressed={view.outlineOpen}
        onClick={view.toggleOutline}
        title={t('pdf.toolbar.outline')}
      >
        ☰<span className="visually-hidden">{t('pdf.toolbar.outline')}</span>
      </button>
      <span className="pdfv-group">
        <button
          type="button"
          onClick={() => view.goTo(Math.max(0, view.currentPage - 1))}
          disabled={view.currentPage <= 0}
          aria-label={t('pdf.toolbar.previous')}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => view.goTo(Math.min(pageCount - 1, view.currentPage + 1))}
          disabled={view.currentPage >= pageCount - 1}
          aria-label={t('pdf.toolbar.next')}
        >
          ↓
        </button>
        <label htmlFor={pageInputId} className="visually-hidden">
          {t('pdf.toolbar.pageNumber')}
        </label>
        <input
          id={pageInputId}
          className="pdfv-page-input"
          data-testid="pdf-page-input"
          inputMode="numeric"
          value={pageText}
          onChange={(e) => setEditing(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') jump();
          }}
          onBlur={() => setEditing(undefined)}
        />
        <span className="pdfv-muted">{t('pdf.toolbar.ofPages', { count: pageCount })}</span>
      </span>
      <span className="pdfv-group">
        <button
          type="button"
          onClick={() => view.setZoom('percent', nextStep(view.percent, -1))}
          aria-label={t('pdf.toolbar.zoomOut')}
        >
          −
        </button>
        <label htmlFor={zoomId} className="visually-hidden">
          {t('pdf.toolbar.zoom')}
        </label>
        <select
          id={zoomId}
          value={zoomValue}
          data-testid="pdf-zoom"
          onChange={(e) => {
            const value = e.target.value;
            if (value === 'fitWidth' || value === 'fitPage') view.setZoom(value);
            else view.setZoom('percent', Number(value));
          }}
        >
          <option value="fitWidth">{t('pdf.toolbar.fitWidth')}</option>
          <option value="fitPage">{t('pdf.toolbar.fitPage')}</option>
          {view.zoomMode === 'percent' && !ZOOM_STEPS.some((s) => String(s) === zoomValue) ? (
            <option value={zoomValue}>{t('pdf.toolbar.percent', { percent: zoomValue })}</option>
          ) : null}
          {ZOOM_STEPS.map((step) => (
            <option key={step} value={String(step)}>
              {t('pdf.toolbar.percent', { percent: step })}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => view.setZoom('percent', nextStep(view.percent, 1))}
          aria-label={t('pdf.toolbar.zoomIn')}
        >
          +
        </button>
        <button type="button" onClick={() => view.rotate(90)} aria-label={t('pdf.toolbar.rotate')}>
          ⟳
        </button>
      </span>
      <span className="pdfv-group">
        <button
          type="button"
          aria-pressed={view.tool === 'select'}
          onClick={() => view.setTool('select')}
        >
          {t('pdf.toolbar.selectTool')}
        </button>
        <button
          type="button"
          aria-pressed={view.tool === 'box'}
          onClick={() => view.setTool('box')}
        >
          {t('pdf.toolbar.boxTool')}
        </button>
      </span>
      <button
        type="button"
        aria-pressed={view.findOpen}
        onClick={() => view.openFind(!view.findOpen)}
      >
        {t('pdf.toolbar.find')}
      </button>
      {orphanCount > 0 ? (
        <button
          type="button"
          className="pdfv-orphans-button"
          data-testid="pdf-orphans-button"
          aria-pressed={orphansOpen}
          onClick={onToggleOrphans}
        >
          {t('pdf.toolbar.orphans', { count: orphanCount })}
        </button>
      ) : null}
    </div>
  );
}
