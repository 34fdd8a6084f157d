import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { pageEnd, pageSegments, type PageTable } from '../../../../shared/anchor/crossPage';
import { pdfRectToView } from '../../../../shared/anchor/pdfGeometry';
import type { PdfRect, TextPosition } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import { marksOn, type AnchorIndex, type PageMark } from './anchorIndex';
import { PAGE_GAP, PAGE_PADDING } from './pageLayout';
import { PdfPage } from './PdfPage';
import type { PdfPages } from './pdfPages';
import { usePdfView, usePdfViewStore, type PdfViewState } from './pdfViewStore';
import type { RenderScheduler } from './renderScheduler';
import type { TextLayerRegistry } from './textLayerRegistry';
import { useViewerLayout } from './useViewerLayout';

/** Pages with a canvas at any time; the rest of the mounted pages wait with a blank sheet. */
export const MAX_LIVE_CANVASES = 10;
const NO_MATCHES: readonly TextPosition[] = [];

interface PdfViewerProps {
  readonly pages: PdfPages;
  readonly scheduler: RenderScheduler;
  readonly registry: TextLayerRegistry;
  readonly text: string;
  readonly table: PageTable;
  readonly index: AnchorIndex;
  readonly colors: ReadonlyMap<string, string>;
  readonly selectedId?: AnnotationId;
  readonly onClickAnnotation: (id: AnnotationId | undefined) => void;
  readonly scrollerRef: React.RefObject<HTMLDivElement | null>;
  /** Pages kept mounted whatever the scroll position (where a selection started). */
  readonly pinned: readonly number[];
}

const SAVING_ID = 'saving' as AnnotationId;

/** The label being stored, as marks per page (drawn before the store confirms it). */
function savingByPage(saving: PdfViewState['saving']): Map<number, PageMark> {
  const byPage = new Map<number, PageMark>();
  const target = saving?.target;
  if (!saving || !target) return byPage;
  const areas =
    target.kind === 'span' ? (target.pages ?? []) : target.kind === 'region' ? [target.page] : [];
  for (const area of areas) {
    const kind = target.kind === 'region' ? 'region' : 'span';
    byPage.set(area.pageIndex, { id: SAVING_ID, labelId: saving.labelId, kind, rects: area.rects });
  }
  return byPage;
}

function withSaving(marks: readonly PageMark[], saving: PageMark | undefined): readonly PageMark[] {
  return saving ? [...marks, saving] : marks;
}

interface PageMatches {
  readonly ranges: TextPosition[];
  /** Index of each range's match in the document-wide list. */
  readonly indices: number[];
}

/** Find matches per page, in page-local offsets (a match across a page break is on both). */
function matchesByPage(matches: readonly TextPosition[], table: PageTable) {
  const byPage = new Map<number, PageMatches>();
  matches.forEach((m, index) => {
    for (const segment of pageSegments(table, m.start, m.end)) {
      let entry = byPage.get(segment.pageIndex);
      if (!entry) byPage.set(segment.pageIndex, (entry = { ranges: [], indices: [] }));
      entry.ranges.push({ start: segment.start, end: segment.end });
      entry.indices.push(index);
    }
  });
  return byPage;
}

/** The scrolled column of pages: only pages near the view are mounted (virtualised). */
export function PdfViewer(props: PdfViewerProps) {
  const { t } = useTranslation();
  const { pages, scrollerRef, table } = props;
  const store = usePdfViewStore();
  const layout = useViewerLayout(pages, scrollerRef);
  const tool = usePdfView((s) => s.tool);
  const pending = usePdfView((s) => s.pending);
  const matches = usePdfView((s) => s.matches);
  const matchIndex = usePdfView((s) => s.matchIndex);
  const setPending = usePdfView((s) => s.setPending);
  const saving = usePdfView((s) => s.saving);
  const savingMarks = useMemo(() => savingByPage(saving), [saving]);
  const pinnedRef = useRef(props.pinned);
  pinnedRef.current = props.pinned;

  const rangeExtractor = useCallback(
    (range: Range) =>
      [...new Set([...defaultRangeExtractor(range), ...pinnedRef.current])].sort((a, b) => a - b),
    [],
  );
  // The virtualiser hands out fresh functions each render, which the React compiler cannot memoise;
  // this component does not rely on it doing so.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: pages.count,
    getScrollElement: () => scrollerRef.current,
    estimateSize: (i) => layout.rowHeights[i] ?? 100,
    overscan: 1,
    paddingStart: PAGE_GAP,
    rangeExtractor,
  });

  // Zoom, rotation or a newly learnt page size: keep the same spot of the same page in view.
  const anchor = useRef<{ page: number; fraction: number } | undefined>(undefined);
  useLayoutEffect(() => {
    const saved = anchor.current;
    virtualizer.measure();
    if (saved) {
      const start = virtualizer.getOffsetForIndex(saved.page, 'start')?.[0] ?? 0;
      const height = layout.rowHeights[saved.page] ?? 0;
      virtualizer.scrollToOffset(start + saved.fraction * height);
    }
  }, [virtualizer, layout.rowHeights]);

  const scrollTop = virtualizer.scrollOffset ?? 0;
  const current = virtualizer.getVirtualItemForOffset(scrollTop + layout.viewportHeight * 0.3);
  useEffect(() => {
    if (!current) return;
    anchor.current = {
      page: current.index,
      fraction: (scrollTop - current.start) / Math.max(1, current.size),
    };
    if (store.getState().currentPage !== current.index)
      store.getState().setCurrentPage(current.index);
  }, [current, scrollTop, store]);

  // Scroll requests (page jump, outline, sidebar, find): after the page's real size is known.
  const request = usePdfView((s) => s.scrollRequest);
  useEffect(() => {
    if (!request) return;
    let live = true;
    void pages
      .page(request.pageIndex)
      .catch(() => undefined)
      .then(() => {
        if (!live) return;
        const start = virtualizer.getOffsetForIndex(request.pageIndex, 'start')?.[0] ?? 0;
        const view = layout.views[request.pageIndex];
        let offset = start - PAGE_GAP;
        if (request.rect && view) {
          const box = pdfRectToView(view, request.rect);
          offset = start + box.top - layout.viewportHeight / 3;
          const scroller = scrollerRef.current;
          if (scroller) scroller.scrollLeft = Math.max(0, box.left - scroller.clientWidth / 3);
        }
        virtualizer.scrollToOffset(Math.max(0, offset));
      });
    return () => {
      live = false;
    };
    // Only a new request moves the view; later layout changes keep their own anchor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  // Until the pane has been measured the fitted zoom is unknown: draw nothing rather than twice.
  const virtualItems = virtualizer.getVirtualItems();
  const items = useMemo(
    () => (layout.viewportHeight > 0 ? virtualItems : []),
    [virtualItems, layout.viewportHeight],
  );
  const center = scrollTop + layout.viewportHeight / 2;
  const withCanvas = useMemo(() => {
    const byDistance = [...items].sort(
      (a, b) => Math.abs(a.start + a.size / 2 - center) - Math.abs(b.start + b.size / 2 - center),
    );
    return new Set(byDistance.slice(0, MAX_LIVE_CANVASES).map((item) => item.index));
  }, [items, center]);

  const geometry = useRef({ virtualizer, center, viewportHeight: layout.viewportHeight });
  geometry.current = { virtualizer, center, viewportHeight: layout.viewportHeight };
  /** Visible pages first, nearest the middle of the view first. */
  const priority = useCallback((pageIndex: number) => {
    const g = geometry.current;
    const item = g.virtualizer.measurementsCache[pageIndex];
    if (!item) return -Infinity;
    const distance = Math.abs(item.start + item.size / 2 - g.center);
    const visible = distance < item.size / 2 + g.viewportHeight / 2;
    return (visible ? 1e9 : 0) - distance;
  }, []);

  const findByPage = useMemo(() => matchesByPage(matches, table), [matches, table]);
  const onRegionDrawn = useCallback(
    (pageIndex: number, rect: PdfRect) => {
      window.getSelection()?.removeAllRanges();
      setPending({ kind: 'region', pageIndex, rect });
    },
    [setPending],
  );

  return (
    <div
      ref={scrollerRef}
      className={`pdfv-scroller${tool === 'box' ? ' box-tool' : ''}`}
      data-testid="pdf-scroller"
      tabIndex={0}
      aria-label={t('pdf.toolbar.label')}
      onClick={(event) => {
        if (!window.getSelection()?.isCollapsed) return;
        const page = (event.target as Element).closest('.pdfv-page');
        if (!page) return;
        const hits = [...page.querySelectorAll<HTMLElement>('.pdfv-mark')]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => event.clientX >= box.left && event.clientX <= box.right)
          .filter(({ box }) => event.clientY >= box.top && event.clientY <= box.bottom)
          .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height);
        props.onClickAnnotation(hits[0]?.el.dataset.annotationId as AnnotationId | undefined);
      }}
    >
      <div
        className="pdfv-sizer"
        style={{ height: virtualizer.getTotalSize() + PAGE_GAP, width: layout.contentWidth }}
      >
        {items.map((item) => {
          const view = layout.views[item.index];
          if (!view) return null;
          const pageMatches = findByPage.get(item.index);
          return (
            <PdfPage
              key={item.index}
              pageIndex={item.index}
              top={item.start}
              left={Math.max(PAGE_PADDING, (layout.contentWidth - view.width) / 2)}
              view={view}
              percent={layout.percent}
              rotation={layout.rotation}
              hasCanvas={withCanvas.has(item.index)}
              pages={pages}
              scheduler={props.scheduler}
              registry={props.registry}
              priority={priority}
              canonicalText={props.text.slice(
                table.pageStarts[item.index] ?? 0,
                pageEnd(table, item.index),
              )}
              marks={withSaving(marksOn(props.index, item.index), savingMarks.get(item.index))}
              colors={props.colors}
              selectedId={props.selectedId}
              matches={pageMatches?.ranges ?? NO_MATCHES}
              currentMatch={pageMatches?.indices.indexOf(matchIndex) ?? -1}
              boxTool={tool === 'box'}
              pendingRegion={
                pending?.kind === 'region' && pending.pageIndex === item.index
                  ? pending.rect
                  : undefined
              }
              onRegionDrawn={onRegionDrawn}
            />
          );
        })}
      </div>
    </div>
  );
}
