import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PageTable } from '../../../../shared/anchor/crossPage';
import { joinPageTexts } from '../../../../shared/anchor/pageText';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { PaneProps } from '../workspace/paneProps';
import { AnchorIndexer } from './anchorIndex';
import { LabelPalette } from './LabelPalette';
import { OrphanList } from './OrphanList';
import { PdfFindBar } from './PdfFindBar';
import { PdfNotices } from './PdfNotices';
import { PdfOutline } from './PdfOutline';
import type { PdfPages } from './pdfPages';
import { PdfToolbar } from './PdfToolbar';
import { PdfViewer } from './PdfViewer';
import { createPdfViewStore, PdfViewContext, usePdfView, type PdfViewStore } from './pdfViewStore';
import { RenderScheduler } from './renderScheduler';
import { TextLayerRegistry } from './textLayerRegistry';
import { useLabelling, usePaletteState } from './useLabelling';
import { usePaneKeys } from './usePaneKeys';

/** A page that takes longer than this to draw is abandoned with a message (and can be retried). */
export const PAGE_RENDER_BUDGET_MS = 10_000;

interface PdfWorkspaceProps extends PaneProps {
  readonly doc: PDFDocumentProxy;
  readonly pages: PdfPages;
}

/** The open document: toolbar, find, outline, the pages, and labelling. */
export function PdfWorkspace(props: PdfWorkspaceProps) {
  const [store] = useState<PdfViewStore>(createPdfViewStore);
  return (
    <PdfViewContext.Provider value={store}>
      <PdfWorkspaceBody {...props} store={store} />
    </PdfViewContext.Provider>
  );
}

function pageTable(props: PdfWorkspaceProps): PageTable {
  const text = props.content.text;
  // Documents imported before page starts were stored fall back to one page.
  const starts = props.content.pageStarts ?? joinPageTexts([text]).pageStarts;
  return { pageStarts: starts, textLength: text.length };
}

function PdfWorkspaceBody(props: PdfWorkspaceProps & { readonly store: PdfViewStore }) {
  const { store, pages, schema, onSelect, selectedId } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [registry] = useState(() => new TextLayerRegistry());
  const [scheduler] = useState(() => new RenderScheduler(PAGE_RENDER_BUDGET_MS));
  useEffect(() => () => scheduler.dispose(), [scheduler]);
  const [orphansOpen, setOrphansOpen] = useState(false);
  const outlineOpen = usePdfView((s) => s.outlineOpen);
  const findOpen = usePdfView((s) => s.findOpen);
  const pending = usePdfView((s) => s.pending);

  const text = props.content.text;
  const table = useMemo(() => pageTable(props), [props.content]); // eslint-disable-line react-hooks/exhaustive-deps
  const [indexer] = useState(() => new AnchorIndexer());
  const index = useMemo(
    () => indexer.build(props.annotations, text, table),
    [indexer, props.annotations, text, table],
  );
  const colors = useMemo(
    () => new Map(schema.labels.map((label) => [label.id, label.color])),
    [schema],
  );

  // Selections made in the pane do not scroll it; selections from the sidebar do.
  const selectedHere = useRef<AnnotationId | undefined>(undefined);
  const selectHere = useCallback(
    (id: AnnotationId | undefined) => {
      selectedHere.current = id;
      onSelect(id);
    },
    [onSelect],
  );
  useEffect(() => {
    if (!selectedId || selectedHere.current === selectedId) return;
    const location = index.locations.get(selectedId);
    if (location) store.getState().goTo(location.pageIndex, location.rect);
    // Only a new selection scrolls; edits to the selected annotation do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  const label = useLabelling({
    store,
    scroller,
    context: { text, table, registry, pages },
    onCreate: props.onCreate,
  });
  usePaneKeys({
    schema,
    store,
    scroller,
    label,
    deleteSelected: () => {
      if (selectedId && props.annotations.some((a) => a.id === selectedId))
        void props.onDelete([selectedId]);
    },
  });
  const palette = usePaletteState(scroller, pending);

  return (
    <div className="pdfv" data-testid="pdf-pane" data-status="ready" data-pages={pages.count}>
      <PdfToolbar
        pageCount={pages.count}
        orphanCount={index.orphans.length}
        orphansOpen={orphansOpen}
        onToggleOrphans={() => setOrphansOpen((open) => !open)}
      />
      {findOpen ? <PdfFindBar text={text} table={table} pages={pages} /> : null}
      <PdfNotices warnings={props.document.warnings} movedCount={index.moved.size} />
      <div className="pdfv-body">
        {outlineOpen ? <PdfOutline doc={props.doc} /> : null}
        <PdfViewer
          pages={pages}
          scheduler={scheduler}
          registry={registry}
          text={text}
          table={table}
          index={index}
          colors={colors}
          selectedId={selectedId}
          onClickAnnotation={selectHere}
          scrollerRef={scroller}
          pinned={palette.pinned}
        />
        {orphansOpen && index.orphans.length > 0 ? (
          <OrphanList orphans={index.orphans} schema={schema} onSelect={selectHere} />
        ) : null}
      </div>
      {palette.anchor ? (
        <LabelPalette
          schema={schema}
          anchor={palette.anchor}
          kind={palette.kind}
          onLabel={(id) => void label(id)}
        />
      ) : null}
    </div>
  );
}
