import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPdfjs } from '../../testing/pdfjsNode';
import {
  clampRect,
  applyMatrix,
  containsPoint,
  invertMatrix,
  mergeLineRects,
  pageView,
  pdfRectToView,
  viewRectToPdf,
  type PageBox,
} from './pdfGeometry';
import { runRect } from './textGeometry';

const LETTER: PageBox = { viewBox: [0, 0, 612, 792] };
const OFFSET_BOX: PageBox = { viewBox: [20, 30, 420, 630] };

interface ViewportLike {
  readonly transform: number[];
  readonly width: number;
  readonly height: number;
}
type GetViewport = (params: { scale: number; rotation: number }) => ViewportLike;

/** pdf.js's own viewports for a letter page and a page whose media box is not at the origin. */
async function pdfjsPages(): Promise<{ box: PageBox; getViewport: GetViewport }[]> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]);
  doc.addPage([400, 600]).setMediaBox(20, 30, 400, 600);
  const pdfjs = await loadPdfjs();
  const pdf = await pdfjs.getDocument({ data: await doc.save(), verbosity: 0 }).promise;
  return Promise.all(
    [1, 2].map(async (n) => {
      const page = await pdf.getPage(n);
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = page.view;
      return {
        box: { viewBox: [x1, y1, x2, y2] as const },
        getViewport: (params) => page.getViewport(params),
      };
    }),
  );
}

describe('page view geometry', () => {
  let pages: { box: PageBox; getViewport: GetViewport }[] = [];
  beforeAll(async () => {
    pages = await pdfjsPages();
  });

  it('reads the test pages as expected', () => {
    expect(pages.map((p) => p.box.viewBox)).toEqual([LETTER.viewBox, OFFSET_BOX.viewBox]);
  });

  it.each([0, 90, 180, 270, -90, 450])('matches pdf.js PageViewport at rotation %i', (rotation) => {
    for (const { box, getViewport } of pages) {
      const ours = pageView(box, 1.5, rotation);
      const theirs = getViewport({ scale: 1.5, rotation });
      ours.transform.forEach((v, i) => expect(v).toBeCloseTo(theirs.transform[i] ?? NaN, 9));
      expect(ours.width).toBeCloseTo(theirs.width, 9);
      expect(ours.height).toBeCloseTo(theirs.height, 9);
    }
  });

  it('puts the top-left of an upright page at the view origin', () => {
    const view = pageView(LETTER, 2, 0);
    expect(applyMatrix(view.transform, 0, 792)).toEqual([0, 0]);
    expect(applyMatrix(view.transform, 612, 0)).toEqual([1224, 1584]);
  });

  it('round-trips rectangles at every zoom and rotation', () => {
    const rect = { x1: 72, y1: 700, x2: 300.5, y2: 714.25 };
    for (const rotation of [0, 90, 180, 270]) {
      for (const scale of [0.5, 1, 1.333, 4]) {
        const view = pageView(OFFSET_BOX, scale, rotation);
        expect(viewRectToPdf(view, pdfRectToView(view, rect))).toEqual(rect);
      }
    }
  });

  it('turns a rectangle with the page', () => {
    const rect = { x1: 0, y1: 782, x2: 100, y2: 792 }; // a strip at the top-left
    expect(pdfRectToView(pageView(LETTER, 1, 0), rect)).toEqual({
      left: 0,
      top: 0,
      width: 100,
      height: 10,
    });
    // Turned a quarter clockwise, the top edge of the page becomes the right edge.
    expect(pdfRectToView(pageView(LETTER, 1, 90), rect)).toEqual({
      left: 782,
      top: 0,
      width: 10,
      height: 100,
    });
  });

  it('inverts matrices and refuses singular ones', () => {
    const m = pageView(LETTER, 1.25, 270).transform;
    const inv = invertMatrix(m);
    const [x, y] = applyMatrix(m, 10, 20);
    const [bx, by] = applyMatrix(inv, x, y);
    expect(bx).toBeCloseTo(10, 9);
    expect(by).toBeCloseTo(20, 9);
    expect(() => invertMatrix([0, 0, 0, 0, 1, 1])).toThrow(RangeError);
  });

  it('refuses rotations that are not quarter turns', () => {
    expect(() => pageView(LETTER, 1, 45)).toThrow(RangeError);
  });
});

describe('merging selection rectangles', () => {
  it('joins the pieces of one line and keeps lines apart', () => {
    const merged = mergeLineRects([
      { x1: 72, y1: 700, x2: 120, y2: 712 },
      { x1: 120.5, y1: 700.5, x2: 200, y2: 711.5 },
      { x1: 72, y1: 686, x2: 150, y2: 698 },
      { x1: 80, y1: 686, x2: 90, y2: 690 }, // inside the line above, e.g. a subscript
      { x1: 300, y1: 600, x2: 300, y2: 610 }, // empty
    ]);
    expect(merged).toEqual([
      { x1: 72, y1: 700, x2: 200, y2: 712 },
      { x1: 72, y1: 686, x2: 150, y2: 698 },
    ]);
  });

  it('does not join words far apart on one line (two columns)', () => {
    expect(
      mergeLineRects([
        { x1: 72, y1: 700, x2: 250, y2: 712 },
        { x1: 320, y1: 700, x2: 500, y2: 712 },
      ]),
    ).toHaveLength(2);
  });

  it('joins the glyphs of a vertical column', () => {
    const merged = mergeLineRects([
      { x1: 100, y1: 700, x2: 112, y2: 712 },
      { x1: 100, y1: 688, x2: 112, y2: 700 },
      { x1: 100, y1: 676, x2: 112, y2: 688 },
    ]);
    expect(merged).toEqual([{ x1: 100, y1: 676, x2: 112, y2: 712 }]);
  });

  it('answers whether a point is inside', () => {
    const r = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(containsPoint(r, 5, 5)).toBe(true);
    expect(containsPoint(r, 11, 5)).toBe(false);
  });
});

describe('run rectangles from text content', () => {
  it('boxes a horizontal run and a share of it', () => {
    const run = { transform: [12, 0, 0, 12, 72, 700], width: 120, height: 12 };
    expect(runRect(run, 0, 10, 10)).toEqual({ x1: 72, y1: 697.6, x2: 192, y2: 709.6 });
    expect(runRect(run, 5, 10, 10)).toMatchObject({ x1: 132, x2: 192 });
  });

  it('boxes rotated and vertical runs', () => {
    const up = runRect({ transform: [0, 12, -12, 0, 100, 100], width: 60, height: 12 }, 0, 5, 5);
    expect(up.y2 - up.y1).toBeCloseTo(60, 5);
    const column = runRect(
      { transform: [12, 0, 0, 12, 200, 700], width: 12, height: 48, vertical: true },
      1,
      3,
      4,
    );
    expect(column).toEqual({ x1: 194, y1: 664, x2: 206, y2: 688 });
  });
});

describe('clampRect', () => {
  it('keeps the part of a rectangle inside the page box (which may start off the origin)', () => {
    expect(clampRect({ x1: -3, y1: 700, x2: 630, y2: 800 }, [0, 0, 612, 792])).toEqual({
      x1: 0,
      y1: 700,
      x2: 612,
      y2: 792,
    });
    expect(clampRect({ x1: 10, y1: 10, x2: 20, y2: 20 }, [0, 0, 612, 792])).toEqual({
      x1: 10,
      y1: 10,
      x2: 20,
      y2: 20,
    });
    expect(clampRect({ x1: 0, y1: 0, x2: 50, y2: 50 }, [36, 36, 576, 756])).toEqual({
      x1: 36,
      y1: 36,
      x2: 50,
      y2: 50,
    });
  });
});
