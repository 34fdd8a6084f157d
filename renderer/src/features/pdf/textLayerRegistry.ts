import type { PdfRect } from '../../../../shared/model/annotation';
import {
  mergeLineRects,
  viewRectToPdf,
  type PageView,
} from '../../../../shared/anchor/pdfGeometry';
import { runRect } from '../../../../shared/anchor/textGeometry';
import { runSlices } from '../../../../shared/anchor/textRuns';
import type { PageTextInfo } from './pdfPages';

/** A page whose text layer is in the DOM. */
export interface MountedTextLayer {
  readonly pageIndex: number;
  readonly info: PageTextInfo;
  /** pdf.js's text divs, one per text item (= run), in run order; empty runs are not attached. */
  readonly divs: readonly HTMLElement[];
  /** The page element whose top-left is the view's origin. */
  readonly pageElement: HTMLElement;
  readonly view: PageView;
  /** Whether this page's live text equals its part of the stored canonical text. */
  readonly canonical: boolean;
}

/** Which run a text-layer div shows. */
export interface RunRef {
  readonly layer: MountedTextLayer;
  readonly runIndex: number;
}

/**
 * The text layers currently in the DOM, so that a DOM selection can be mapped to runs (and so to
 * canonical offsets), and canonical ranges back to exact glyph boxes.
 */
export class TextLayerRegistry {
  private readonly layers = new Map<number, MountedTextLayer>();
  private readonly runs = new WeakMap<Element, RunRef>();

  add(layer: MountedTextLayer): void {
    this.layers.set(layer.pageIndex, layer);
    layer.divs.forEach((div, runIndex) => this.runs.set(div, { layer, runIndex }));
  }

  remove(pageIndex: number, layer?: MountedTextLayer): void {
    if (!layer || this.layers.get(pageIndex) === layer) this.layers.delete(pageIndex);
  }

  get(pageIndex: number): MountedTextLayer | undefined {
    return this.layers.get(pageIndex);
  }

  /** Mounted layers in page order. */
  all(): MountedTextLayer[] {
    return [...this.layers.values()].sort((a, b) => a.pageIndex - b.pageIndex);
  }

  runOf(element: Element | null): RunRef | undefined {
    return element ? this.runs.get(element) : undefined;
  }
}

/**
 * The user-space boxes of the page-local canonical range [start, end): measured on the glyphs in
 * the DOM when the page's text layer is mounted, estimated from the text content otherwise.
 */
export function rectsForRange(
  info: PageTextInfo,
  start: number,
  end: number,
  mounted?: MountedTextLayer,
): PdfRect[] {
  const slices = runSlices(info, start, end);
  const rects: PdfRect[] = [];
  if (mounted?.pageElement.isConnected) {
    const origin = mounted.pageElement.getBoundingClientRect();
    const range = document.createRange();
    for (const slice of slices) {
      const node = mounted.divs[slice.runIndex]?.firstChild;
      if (!node || !node.isConnected) continue;
      const length = node.textContent?.length ?? 0;
      range.setStart(node, Math.min(slice.from, length));
      range.setEnd(node, Math.min(slice.to, length));
      for (const box of range.getClientRects()) {
        rects.push(
          viewRectToPdf(mounted.view, {
            left: box.left - origin.left,
            top: box.top - origin.top,
            width: box.width,
            height: box.height,
          }),
        );
      }
    }
    range.detach();
    if (rects.length > 0) return mergeLineRects(rects);
  }
  for (const slice of slices) {
    const geometry = info.geometry[slice.runIndex];
    const run = info.runs[slice.runIndex];
    if (geometry && run) rects.push(runRect(geometry, slice.from, slice.to, run.str.length));
  }
  return mergeLineRects(rects);
}
