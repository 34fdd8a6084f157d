import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { AnnotationTarget, PdfRect, TextPosition } from '../../../../shared/model/annotation';

export type ZoomMode = 'fitWidth' | 'fitPage' | 'percent';
export type Tool = 'select' | 'box';

/** Something the expert marked and that waits for a label (key 1–9 or a click on the palette). */
export type Pending =
  | { readonly kind: 'span'; readonly target: AnnotationTarget }
  | { readonly kind: 'region'; readonly pageIndex: number; readonly rect: PdfRect };

export interface PdfViewState {
  readonly zoomMode: ZoomMode;
  /** Zoom in percent of actual size; the effective value when fitting. */
  readonly percent: number;
  /** Clockwise view rotation in degrees, on top of each page's own /Rotate. */
  readonly rotation: number;
  /** Zero-based page at the top of the view. */
  readonly currentPage: number;
  readonly tool: Tool;
  readonly outlineOpen: boolean;
  readonly findOpen: boolean;
  readonly query: string;
  readonly matchCase: boolean;
  readonly matches: readonly TextPosition[];
  readonly matchIndex: number;
  readonly pending?: Pending;
  /** A label just given and not yet stored: drawn at once, replaced by the stored annotation. */
  readonly saving?: { readonly target: AnnotationTarget; readonly labelId: string };
  /** Bumped to ask the viewer to scroll to a page (and a point on it, in user space). */
  readonly scrollRequest?: {
    readonly pageIndex: number;
    readonly rect?: PdfRect;
    readonly seq: number;
  };
}

export interface PdfViewActions {
  readonly setZoom: (mode: ZoomMode, percent?: number) => void;
  readonly setFittedPercent: (percent: number) => void;
  readonly rotate: (delta: number) => void;
  readonly setCurrentPage: (pageIndex: number) => void;
  readonly goTo: (pageIndex: number, rect?: PdfRect) => void;
  readonly setTool: (tool: Tool) => void;
  readonly toggleOutline: () => void;
  readonly openFind: (open: boolean) => void;
  readonly setQuery: (query: string, matchCase: boolean, matches: readonly TextPosition[]) => void;
  readonly setMatchIndex: (index: number) => void;
  readonly setPending: (pending: Pending | undefined) => void;
  readonly setSaving: (saving: PdfViewState['saving']) => void;
}

export type PdfViewStore = StoreApi<PdfViewState & PdfViewActions>;

export const ZOOM_STEPS = [25, 50, 75, 100, 125, 150, 200, 300, 400] as const;
export const MIN_PERCENT = 10;
export const MAX_PERCENT = 800;

export function createPdfViewStore(): PdfViewStore {
  let seq = 0;
  return createStore<PdfViewState & PdfViewActions>()((set) => ({
    zoomMode: 'fitWidth',
    percent: 100,
    rotation: 0,
    currentPage: 0,
    tool: 'select',
    outlineOpen: false,
    findOpen: false,
    query: '',
    matchCase: false,
    matches: [],
    matchIndex: 0,
    setZoom: (mode, percent) =>
      set((s) => ({
        zoomMode: mode,
        percent: Math.min(MAX_PERCENT, Math.max(MIN_PERCENT, percent ?? s.percent)),
      })),
    setFittedPercent: (percent) => set({ percent }),
    rotate: (delta) => set((s) => ({ rotation: (((s.rotation + delta) % 360) + 360) % 360 })),
    setCurrentPage: (currentPage) => set({ currentPage }),
    goTo: (pageIndex, rect) => set({ scrollRequest: { pageIndex, rect, seq: ++seq } }),
    setTool: (tool) => set({ tool, pending: undefined }),
    toggleOutline: () => set((s) => ({ outlineOpen: !s.outlineOpen })),
    openFind: (findOpen) =>
      set(findOpen ? { findOpen } : { findOpen, query: '', matches: [], matchIndex: 0 }),
    setQuery: (query, matchCase, matches) => set({ query, matchCase, matches, matchIndex: 0 }),
    setMatchIndex: (matchIndex) => set({ matchIndex }),
    setPending: (pending) => set({ pending }),
    setSaving: (saving) => set({ saving }),
  }));
}

export const PdfViewContext = createContext<PdfViewStore | null>(null);

/** The pane's own view state (zoom, page, tool, find); one store per open pane. */
export function usePdfView<T>(selector: (state: PdfViewState & PdfViewActions) => T): T {
  const store = useContext(PdfViewContext);
  if (!store) throw new Error('usePdfView outside a PDF pane');
  return useStore(store, selector);
}

export function usePdfViewStore(): PdfViewStore {
  const store = useContext(PdfViewContext);
  if (!store) throw new Error('usePdfViewStore outside a PDF pane');
  return store;
}
