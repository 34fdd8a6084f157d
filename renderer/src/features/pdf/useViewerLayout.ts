import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { PageView } from '../../../../shared/anchor/pdfGeometry';
import { fitPercent, PAGE_GAP, PAGE_PADDING, viewOf } from './pageLayout';
import type { PdfPages } from './pdfPages';
import { usePdfView } from './pdfViewStore';

export interface ViewerLayout {
  /** The zoom in effect (fit modes resolved against the pane's size). */
  readonly percent: number;
  readonly rotation: number;
  readonly views: readonly PageView[];
  /** Height of each row: the page plus the gap below it. */
  readonly rowHeights: readonly number[];
  /** Width of the scrolled content: the widest page with padding, at least the pane's width. */
  readonly contentWidth: number;
  readonly viewportHeight: number;
}

/**
 * Sizes of the pane and of every page at the current zoom and rotation. Fitting is against the
 * first page, so the zoom does not change as one scrolls through pages of mixed sizes.
 */
export function useViewerLayout(
  pages: PdfPages,
  scroller: RefObject<HTMLDivElement | null>,
): ViewerLayout {
  const zoomMode = usePdfView((s) => s.zoomMode);
  const chosenPercent = usePdfView((s) => s.percent);
  const rotation = usePdfView((s) => s.rotation);
  const setFittedPercent = usePdfView((s) => s.setFittedPercent);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [shapesVersion, setShapesVersion] = useState(pages.shapesVersion);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setSize({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    let frame = 0;
    const off = pages.onShapesChange(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setShapesVersion(pages.shapesVersion));
    });
    return () => {
      off();
      cancelAnimationFrame(frame);
    };
  }, [pages]);

  const percent =
    zoomMode === 'percent' || size.width === 0
      ? chosenPercent
      : fitPercent(zoomMode, pages.shape(0), rotation, size.width, size.height);
  useEffect(() => {
    if (zoomMode !== 'percent' && percent !== chosenPercent) setFittedPercent(percent);
  }, [zoomMode, percent, chosenPercent, setFittedPercent]);

  return useMemo(() => {
    void shapesVersion;
    const views: PageView[] = [];
    const rowHeights: number[] = [];
    let widest = 0;
    for (let i = 0; i < pages.count; i++) {
      const view = viewOf(pages.shape(i), percent, rotation);
      views.push(view);
      rowHeights.push(Math.ceil(view.height) + PAGE_GAP);
      widest = Math.max(widest, view.width);
    }
    return {
      percent,
      rotation,
      views,
      rowHeights,
      contentWidth: Math.max(size.width, Math.ceil(widest) + 2 * PAGE_PADDING),
      viewportHeight: size.height,
    };
  }, [pages, percent, rotation, size.width, size.height, shapesVersion]);
}
