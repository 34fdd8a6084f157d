import { useEffect, useState, type RefObject } from 'react';
import type { PageView } from '../../../../shared/anchor/pdfGeometry';
import { outputScale, scaleOf, viewRotation } from './pageLayout';
import type { PdfPages } from './pdfPages';
import type { RenderScheduler } from './renderScheduler';

export type CanvasState = 'waiting' | 'rendered' | 'timeout' | 'failed';

interface CanvasOptions {
  readonly pages: PdfPages;
  readonly scheduler: RenderScheduler;
  readonly pageIndex: number;
  readonly view: PageView;
  readonly percent: number;
  readonly rotation: number;
  /** False when the page is mounted but too far from view to deserve one of the few canvases. */
  readonly enabled: boolean;
  readonly priority: (pageIndex: number) => number;
  /** Bumped by "Try again". */
  readonly attempt: number;
}

function isCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException';
}

/** Empties a canvas's backing store at once (browsers otherwise keep it until GC). */
function releaseCanvas(canvas: HTMLCanvasElement): void {
  canvas.width = 0;
  canvas.height = 0;
  canvas.remove();
}

/**
 * Draws the page into a canvas inside `holder`, through the scheduler (one page at a time, the
 * visible one first, abandoned past the time budget). The previous drawing stays until the new
 * one is complete, so zooming never flashes blank pages; at most one canvas per page remains.
 */
export function usePageCanvas(
  holder: RefObject<HTMLDivElement | null>,
  options: CanvasOptions,
): CanvasState {
  const [state, setState] = useState<CanvasState>('waiting');
  const { pages, scheduler, pageIndex, view, percent, rotation, enabled, priority, attempt } =
    options;

  useEffect(() => {
    const host = holder.current;
    if (!enabled || !host) return;
    const withdraw = scheduler.request({
      pageIndex,
      priority: () => priority(pageIndex),
      onTimeout: () => setState('timeout'),
      run: async (signal) => {
        const page = await pages.page(pageIndex);
        if (signal.aborted) return;
        const dpr = outputScale(view, window.devicePixelRatio || 1);
        const viewport = page.getViewport({
          scale: scaleOf(percent) * dpr,
          rotation: viewRotation(pages.shape(pageIndex), rotation),
        });
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.floor(viewport.width));
        canvas.height = Math.max(1, Math.floor(viewport.height));
        canvas.className = 'pdfv-canvas';
        canvas.setAttribute('aria-hidden', 'true');
        const task = page.render({ canvas, viewport });
        const onAbort = (): void => task.cancel();
        signal.addEventListener('abort', onAbort);
        try {
          await task.promise;
          for (const old of host.querySelectorAll('canvas')) releaseCanvas(old);
          host.append(canvas);
          setState('rendered');
        } catch (error) {
          releaseCanvas(canvas);
          if (!isCancelled(error) && !signal.aborted) setState('failed');
        } finally {
          signal.removeEventListener('abort', onAbort);
        }
      },
    });
    return withdraw;
  }, [holder, pages, scheduler, pageIndex, view, percent, rotation, enabled, priority, attempt]);

  // Losing the canvas (scrolled away, or the pane closed) frees its memory at once.
  useEffect(() => {
    const host = holder.current;
    if (enabled || !host) return;
    for (const canvas of host.querySelectorAll('canvas')) releaseCanvas(canvas);
  }, [holder, enabled]);
  useEffect(() => {
    const host = holder.current;
    return () => {
      if (host) for (const canvas of host.querySelectorAll('canvas')) releaseCanvas(canvas);
      pages.release(pageIndex);
    };
  }, [holder, pages, pageIndex]);

  return enabled ? state : 'waiting';
}
