import type { PdfRect } from '../model/annotation';
import { roundRect } from './pdfGeometry';

/** What pdf.js's TextContent says about where a run sits (TextItem transform, width, height). */
export interface RunGeometry {
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  /** Vertical writing (pdf.js marks fonts with a vertical mode). */
  readonly vertical?: boolean;
}

/** Share of the font size below the baseline and above it: typical Latin and CJK metrics. */
const DESCENT = 0.2;
const ASCENT = 0.8;

/**
 * The user-space box of characters [from, to) of a run of `length` characters, assuming they are
 * evenly spaced. This is an estimate from the text content alone, used when a page's text layer is
 * not in the DOM (the DOM gives exact glyph boxes); it is exact for whole runs of horizontal text.
 */
export function runRect(geometry: RunGeometry, from: number, to: number, length: number): PdfRect {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = geometry.transform;
  const share = (n: number): number => (length > 0 ? Math.max(0, Math.min(1, n / length)) : 0);
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b) || geometry.height;
  if (geometry.vertical) {
    const advance = geometry.height;
    return roundRect({
      x1: e - fontSize / 2,
      x2: e + fontSize / 2,
      y1: f - advance * share(to),
      y2: f - advance * share(from),
    });
  }
  const ux = Math.hypot(a, b) ? a / Math.hypot(a, b) : 1;
  const uy = Math.hypot(a, b) ? b / Math.hypot(a, b) : 0;
  // "Up" is perpendicular to the baseline, so skewed text still gets a box around its line.
  const vx = -uy;
  const vy = ux;
  const along = [geometry.width * share(from), geometry.width * share(to)];
  const across = [-DESCENT * fontSize, ASCENT * fontSize];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of along) {
    for (const t of across) {
      xs.push(e + ux * s + vx * t);
      ys.push(f + uy * s + vy * t);
    }
  }
  return roundRect({
    x1: Math.min(...xs),
    y1: Math.min(...ys),
    x2: Math.max(...xs),
    y2: Math.max(...ys),
  });
}
