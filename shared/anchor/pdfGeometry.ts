import type { PdfRect } from '../model/annotation';

/**
 * Geometry between PDF user space (points, origin bottom-left of the unrotated page) and a page's
 * view (CSS pixels, origin top-left of the page as shown, after zoom and rotation). The matrix is
 * the one pdf.js's PageViewport builds, so rectangles stored by one zoom and rotation land in the
 * same place at any other.
 */
export type Matrix = readonly [number, number, number, number, number, number];

/** The page's box in user space ([x1, y1, x2, y2], pdf.js `page.view`) and its UserUnit. */
export interface PageBox {
  readonly viewBox: readonly [number, number, number, number];
  readonly userUnit?: number;
}

export interface ViewRect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface PageView {
  readonly transform: Matrix;
  readonly width: number;
  readonly height: number;
}

function normalizeRotation(rotation: number): 0 | 90 | 180 | 270 {
  const r = ((rotation % 360) + 360) % 360;
  if (r !== 0 && r !== 90 && r !== 180 && r !== 270)
    throw new RangeError(`rotation must be a multiple of 90 (${rotation})`);
  return r;
}

/** The view of a page at `scale` (CSS px per point) turned by `rotation` degrees clockwise. */
export function pageView(box: PageBox, scale: number, rotation: number): PageView {
  const [x1, y1, x2, y2] = box.viewBox;
  const s = scale * (box.userUnit ?? 1);
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const [a, b, c, d] = {
    0: [1, 0, 0, -1],
    90: [0, 1, 1, 0],
    180: [-1, 0, 0, 1],
    270: [0, -1, -1, 0],
  }[normalizeRotation(rotation)] as [number, number, number, number];
  const sideways = a === 0;
  const offsetX = (sideways ? Math.abs(cy - y1) : Math.abs(cx - x1)) * s;
  const offsetY = (sideways ? Math.abs(cx - x1) : Math.abs(cy - y1)) * s;
  return {
    transform: [
      a * s,
      b * s,
      c * s,
      d * s,
      offsetX - a * s * cx - c * s * cy,
      offsetY - b * s * cx - d * s * cy,
    ],
    width: (sideways ? y2 - y1 : x2 - x1) * s,
    height: (sideways ? x2 - x1 : y2 - y1) * s,
  };
}

export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function invertMatrix(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  if (det === 0) throw new RangeError('matrix is not invertible');
  return [
    m[3] / det,
    -m[1] / det,
    -m[2] / det,
    m[0] / det,
    (m[2] * m[5] - m[4] * m[3]) / det,
    (m[4] * m[1] - m[5] * m[0]) / det,
  ];
}

/** Where a user-space rectangle appears in the page's view. */
export function pdfRectToView(view: PageView, rect: PdfRect): ViewRect {
  const [ax, ay] = applyMatrix(view.transform, rect.x1, rect.y1);
  const [bx, by] = applyMatrix(view.transform, rect.x2, rect.y2);
  return {
    left: Math.min(ax, bx),
    top: Math.min(ay, by),
    width: Math.abs(bx - ax),
    height: Math.abs(by - ay),
  };
}

/** The user-space rectangle under a rectangle of the page's view, normalised (x1<x2, y1<y2). */
export function viewRectToPdf(view: PageView, rect: ViewRect): PdfRect {
  const inverse = invertMatrix(view.transform);
  const [ax, ay] = applyMatrix(inverse, rect.left, rect.top);
  const [bx, by] = applyMatrix(inverse, rect.left + rect.width, rect.top + rect.height);
  return roundRect({
    x1: Math.min(ax, bx),
    y1: Math.min(ay, by),
    x2: Math.max(ax, bx),
    y2: Math.max(ay, by),
  });
}

/** Hundredths of a point: far below what anyone can see, and it keeps stored JSON short. */
export function roundRect(rect: PdfRect): PdfRect {
  const r = (n: number): number => Math.round(n * 100) / 100;
  return { x1: r(rect.x1), y1: r(rect.y1), x2: r(rect.x2), y2: r(rect.y2) };
}

/**
 * The part of a rectangle inside a page box (`[x1, y1, x2, y2]`): glyph boxes can reach past the
 * page edge, and the platform refuses rectangles outside their page.
 */
export function clampRect(rect: PdfRect, box: readonly [number, number, number, number]): PdfRect {
  const [bx1, by1, bx2, by2] = box;
  const [left, right] = [Math.min(bx1, bx2), Math.max(bx1, bx2)];
  const [bottom, top] = [Math.min(by1, by2), Math.max(by1, by2)];
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    x1: clamp(rect.x1, left, right),
    y1: clamp(rect.y1, bottom, top),
    x2: clamp(rect.x2, left, right),
    y2: clamp(rect.y2, bottom, top),
  };
}

export function containsPoint(rect: PdfRect, x: number, y: number): boolean {
  return x >= rect.x1 && x <= rect.x2 && y >= rect.y1 && y <= rect.y2;
}

function overlap(a1: number, a2: number, b1: number, b2: number): number {
  return Math.min(a2, b2) - Math.max(a1, b1);
}

function isTall(r: PdfRect): boolean {
  return r.y2 - r.y1 > (r.x2 - r.x1) * 1.05;
}

/** One CJK glyph: as wide as it is tall. */
function isSquare(r: PdfRect): boolean {
  const w = r.x2 - r.x1;
  const h = r.y2 - r.y1;
  return Math.abs(w - h) <= Math.max(w, h) * 0.05;
}

/** Two rectangles are on one line when they share most of their height and touch side by side. */
function sameLine(a: PdfRect, b: PdfRect, gap: number): boolean {
  if (isTall(a) && isTall(b)) return false;
  const shared = overlap(a.y1, a.y2, b.y1, b.y2);
  const smaller = Math.min(a.y2 - a.y1, b.y2 - b.y1);
  return shared >= smaller * 0.6 && overlap(a.x1, a.x2, b.x1, b.x2) >= -gap;
}

/**
 * The same for vertical writing: most of the width shared, touching one above the other. Only tall
 * pieces count, so two lines of horizontal text that start at one margin are never joined.
 */
function sameColumn(a: PdfRect, b: PdfRect, gap: number): boolean {
  if (!isTall(a) && !isTall(b) && !(isSquare(a) && isSquare(b))) return false;
  const shared = overlap(a.x1, a.x2, b.x1, b.x2);
  const smaller = Math.min(a.x2 - a.x1, b.x2 - b.x1);
  return shared >= smaller * 0.6 && overlap(a.y1, a.y2, b.y1, b.y2) >= -gap;
}

/**
 * Joins the per-glyph-run rectangles a selection yields into one rectangle per line (or column,
 * for vertical text), dropping empty ones. `gap` is how far apart (in points) two pieces of one
 * line may be.
 */
export function mergeLineRects(rects: readonly PdfRect[], gap = 3): PdfRect[] {
  const pending = rects.filter((r) => r.x2 - r.x1 > 0.01 && r.y2 - r.y1 > 0.01);
  const merged: PdfRect[] = [];
  for (const rect of pending) {
    let current = rect;
    let changed = true;
    while (changed) {
      changed = false;
      for (let i = 0; i < merged.length; i++) {
        const other = merged[i] as PdfRect;
        if (sameLine(current, other, gap) || sameColumn(current, other, gap)) {
          current = {
            x1: Math.min(current.x1, other.x1),
            y1: Math.min(current.y1, other.y1),
            x2: Math.max(current.x2, other.x2),
            y2: Math.max(current.y2, other.y2),
          };
          merged.splice(i, 1);
          changed = true;
          break;
        }
      }
    }
    merged.push(current);
  }
  return merged.map(roundRect).sort((a, b) => b.y2 - a.y2 || a.x1 - b.x1);
}
