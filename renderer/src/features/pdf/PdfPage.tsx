import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageView } from '../../../../shared/anchor/pdfGeometry';
import type { PdfRect, TextPosition } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { PageMark } from './anchorIndex';
import { HighlightLayer } from './HighlightLayer';
import { scaleOf } from './pageLayout';
import type { PdfPages } from './pdfPages';
import { RegionDrawLayer } from './RegionDrawLayer';
import type { RenderScheduler } from './renderScheduler';
import type { TextLayerRegistry } from './textLayerRegistry';
import { usePageCanvas } from './usePageCanvas';
import { useTextLayer } from './useTextLayer';

export interface PdfPageProps {
  readonly pageIndex: number;
  readonly top: number;
  readonly left: number;
  readonly view: PageView;
  readonly percent: number;
  readonly rotation: number;
  readonly hasCanvas: boolean;
  readonly pages: PdfPages;
  readonly scheduler: RenderScheduler;
  readonly registry: TextLayerRegistry;
  readonly priority: (pageIndex: number) => number;
  readonly canonicalText: string;
  readonly marks: readonly PageMark[];
  readonly colors: ReadonlyMap<string, string>;
  readonly selectedId?: AnnotationId;
  readonly matches: readonly TextPosition[];
  readonly currentMatch: number;
  readonly boxTool: boolean;
  readonly pendingRegion?: PdfRect;
  readonly onRegionDrawn: (pageIndex: number, rect: PdfRect) => void;
}

/** One page: its picture, its selectable text, its highlights and box drawing. */
export const PdfPage = memo(function PdfPage(props: PdfPageProps) {
  const { t } = useTranslation();
  const { pageIndex, view, pages, percent, rotation } = props;
  const pageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [attempt, setAttempt] = useState(0);
  const canvasState = usePageCanvas(canvasRef, {
    pages,
    scheduler: props.scheduler,
    pageIndex,
    view,
    percent,
    rotation,
    enabled: props.hasCanvas,
    priority: props.priority,
    attempt,
  });
  // Text comes after the picture (as in pdf.js's viewer), so it never delays the first paint.
  const info = useTextLayer(textRef, pageRef, canvasState !== 'waiting', {
    pages,
    registry: props.registry,
    pageIndex,
    view,
    percent,
    rotation,
    canonicalText: props.canonicalText,
  });
  const mounted = info ? props.registry.get(pageIndex) : undefined;
  const textless = info?.textless ?? false;
  const problem = canvasState === 'timeout' || canvasState === 'failed' ? canvasState : undefined;
  const shape = pages.shape(pageIndex);

  return (
    <div
      ref={pageRef}
      className="pdfv-page"
      data-testid="pdf-page"
      data-page-index={pageIndex}
      data-canvas={canvasState}
      role="region"
      aria-label={t('pdf.page.label', { page: pageIndex + 1 })}
      style={
        {
          top: props.top,
          left: props.left,
          width: view.width,
          height: view.height,
          '--scale-factor': scaleOf(percent),
          '--user-unit': shape.userUnit ?? 1,
        } as React.CSSProperties
      }
    >
      <div ref={canvasRef} className="pdfv-canvas-holder" />
      <HighlightLayer
        view={view}
        marks={props.marks}
        colors={props.colors}
        selectedId={props.selectedId}
        matches={props.matches}
        currentMatch={props.currentMatch}
        info={info}
        mounted={mounted}
      />
      <div ref={textRef} className="textLayer" />
      <RegionDrawLayer
        view={view}
        active={props.boxTool || textless}
        pending={props.pendingRegion}
        onDrawn={(rect) => props.onRegionDrawn(pageIndex, rect)}
      />
      {textless && !props.pendingRegion ? (
        <p className="pdfv-page-hint">{t('pdf.page.textless')}</p>
      ) : null}
      {problem ? (
        <div className="pdfv-page-problem" role="alert" data-testid="pdf-page-problem">
          <p>{t(`pdf.page.${problem}`, { page: pageIndex + 1 })}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('pdf.page.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
});
