import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { clampRect } from '../../../../shared/anchor/pdfGeometry';
import type { AnnotationTarget } from '../../../../shared/model/annotation';
import type { PaneProps } from '../workspace/paneProps';
import type { Pending, PdfViewStore } from './pdfViewStore';
import { spanFromSelection, type SpanContext } from './selectionSpan';

/** The live selection on this pane's text, if there is one. */
export function selectedRange(scroller: HTMLElement | null): Range | undefined {
  const selection = window.getSelection();
  if (!scroller || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const range = selection.getRangeAt(0);
  return scroller.contains(range.commonAncestorContainer) ? range : undefined;
}

interface LabellingOptions {
  readonly store: PdfViewStore;
  readonly scroller: React.RefObject<HTMLDivElement | null>;
  readonly context: SpanContext;
  readonly onCreate: PaneProps['onCreate'];
}

/**
 * Turning what the expert marked (a text selection, or a drawn box) into an annotation with the
 * chosen label, through the host's onCreate (Dexie + outbox, undoable). The new annotation is not
 * selected, so labelling one span after another never moves the sidebar under the expert.
 */
export function useLabelling(options: LabellingOptions) {
  const ref = useRef(options);
  useLayoutEffect(() => {
    ref.current = options;
  });
  return useCallback(async (labelId: string): Promise<boolean> => {
    const { store, scroller, context, onCreate } = ref.current;
    const pending = store.getState().pending;
    let target: AnnotationTarget | undefined;
    if (pending?.kind === 'region') {
      const { viewBox } = context.pages.shape(pending.pageIndex);
      const rect = clampRect(pending.rect, viewBox);
      target = { kind: 'region', page: { pageIndex: pending.pageIndex, rects: [rect] } };
    } else {
      const range = selectedRange(scroller.current);
      if (!range) return false;
      target = await spanFromSelection(range, context);
      window.getSelection()?.removeAllRanges();
    }
    store.getState().setPending(undefined);
    if (!target) return false;
    store.getState().setSaving({ target, labelId });
    try {
      await onCreate(target, { labels: [labelId] });
      return true;
    } catch (error) {
      // The store keeps nothing it could not write; the expert sees the highlight go away.
      console.error('labelling failed', error);
      return false;
    } finally {
      store.getState().setSaving(undefined);
    }
  }, []);
}

export interface PaletteState {
  /** Where the palette goes (screen coordinates), when something waits for a label. */
  readonly anchor?: { readonly left: number; readonly bottom: number };
  readonly kind: 'span' | 'region';
  /** The page the selection started on, kept mounted while the selection lasts. */
  readonly pinned: readonly number[];
}

const NONE: PaletteState = { kind: 'span', pinned: [] };

function pageOf(node: Node): number | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const index = element?.closest<HTMLElement>('.pdfv-page')?.dataset.pageIndex;
  return index === undefined ? undefined : Number(index);
}

function measure(
  scroller: HTMLElement | null,
  pending: Pending | undefined,
  dragging: boolean,
): PaletteState {
  const range = selectedRange(scroller);
  if (range) {
    const page = pageOf(range.startContainer);
    const pinned = page === undefined ? [] : [page];
    // Not while the mouse is still selecting: the palette would land under the pointer.
    if (dragging) return { kind: 'span', pinned };
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return { anchor: { left: last.right - 40, bottom: last.bottom }, kind: 'span', pinned };
  }
  if (pending?.kind === 'region') {
    const box = scroller
      ?.querySelector(
        `.pdfv-page[data-page-index="${pending.pageIndex}"] [data-testid="pdf-pending-box"]`,
      )
      ?.getBoundingClientRect();
    if (box) return { anchor: { left: box.left, bottom: box.bottom }, kind: 'region', pinned: [] };
  }
  return NONE;
}

/**
 * Follows what waits for a label (the text selection in the pane, or a drawn box) and where it
 * is on screen, so the label palette can sit next to it while the pane scrolls.
 */
export function usePaletteState(
  scroller: React.RefObject<HTMLDivElement | null>,
  pending: Pending | undefined,
): PaletteState {
  const [state, setState] = useState<PaletteState>(NONE);
  useEffect(() => {
    let frame = 0;
    let dragging = false;
    const update = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measure(scroller.current, pending, dragging);
        setState((s) => (s === NONE && next === NONE ? s : next));
      });
    };
    const down = (): void => {
      dragging = true;
    };
    const up = (): void => {
      dragging = false;
      update();
    };
    update();
    const element = scroller.current;
    document.addEventListener('selectionchange', update);
    element?.addEventListener('scroll', update, { passive: true });
    element?.addEventListener('pointerdown', down);
    document.addEventListener('pointerup', up);
    return () => {
      document.removeEventListener('selectionchange', update);
      element?.removeEventListener('scroll', update);
      element?.removeEventListener('pointerdown', down);
      document.removeEventListener('pointerup', up);
      cancelAnimationFrame(frame);
    };
  }, [scroller, pending]);
  return state;
}
