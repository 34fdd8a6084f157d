import { pageView, type PageView } from '../../../../shared/anchor/pdfGeometry';
import type { PageShape } from './pdfPages';
import type { ZoomMode } from './pdfViewStore';

/** 100 % is the page's real size: 72 points are 96 CSS pixels (as in pdf.js's viewer). */
export const CSS_UNITS = 96 / 72;
/** Space between pages and around them, in CSS pixels. */
export const PAGE_GAP = 12;
export const PAGE_PADDING = 16;
/**
 * Largest canvas drawn for one page (width × height in device pixels). Beyond it the page is drawn
 * at a lower resolution and scaled up, which bounds the memory and time any page can take however
 * far one zooms (pdf.js's viewer caps at 2^25; we stay lower for many pages on modest machines).
 */
export const MAX_CANVAS_PIXELS = 4096 * 4096;

export function viewRotation(shape: PageShape, rotation: number): number {
  return (((shape.rotate + rotation) % 360) + 360) % 360;
}

export function scaleOf(percent: number): number {
  return (percent / 100) * CSS_UNITS;
}

/** A page as shown: CSS-pixel size and the transform from user space. */
export function viewOf(shape: PageShape, percent: number, rotation: number): PageView {
  return pageView(shape, scaleOf(percent), viewRotation(shape, rotation));
}

/** The zoom that fits a page into the pane's width, or all of it into the pane. */
export function fitPercent(
  mode: Exclude<ZoomMode, 'percent'>,
  shape: PageShape,
  rotation: number,
  width: number,
  height: number,
): number {
  const at100 = viewOf(shape, 100, rotation);
  const byWidth = ((width - 2 * PAGE_PADDING) / at100.width) * 100;
  const byHeight = ((height - 2 * PAGE_GAP) / at100.height) * 100;
  const percent = mode === 'fitWidth' ? byWidth : Math.min(byWidth, byHeight);
  return Math.max(10, Math.floor(percent * 10) / 10);
}

/** Device-pixel factor for a canvas: the screen's, lowered so the canvas stays under the cap. */
export function outputScale(view: PageView, devicePixelRatio: number): number {
  const wanted = Math.max(1, devicePixelRatio);
  const pixels = view.width * view.height * wanted * wanted;
  return pixels <= MAX_CANVAS_PIXELS
    ? wanted
    : Math.sqrt(MAX_CANVAS_PIXELS / (view.width * view.height));
}
