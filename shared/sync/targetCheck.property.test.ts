/**
 * The target validator (item 4 of "Trust first") against arbitrary targets — hostile numbers
 * included — on text and PDF documents: whatever it accepts keeps every promise of the model,
 * and every span the app makes is accepted. TARGET_CHECK_RUNS sets the runs (default 2,000); a
 * failure prints its seed and path for replay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageOfOffset } from '../anchor/pageText';
import type { AnnotationTarget, PageArea, TextPosition } from '../model/annotation';
import { spanPieces, spanTarget } from '../formats/textAnchor';
import {
  RECT_TOLERANCE,
  targetProblem,
  targetShapeProblem,
  type TargetDocument,
} from './targetCheck';
import { pdfDoc as pdf, textDoc as text } from './testFixtures';

const RUNS = Number(process.env.TARGET_CHECK_RUNS ?? 2_000);

/** Offsets an attacker might send, and ordinary ones near the text. */
const offset = (length: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: length }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        -1,
        length + 1,
        2 ** 31,
        -(2 ** 31),
        Number.MAX_SAFE_INTEGER,
        0.5,
        Number.NaN,
        Number.POSITIVE_INFINITY,
      ),
    },
    { weight: 1, arbitrary: fc.integer() },
  );
/** Mostly real positions (so accepted targets are common), sometimes anything. */
const position = (length: number): fc.Arbitrary<TextPosition> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
        .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
    },
    { weight: 2, arbitrary: fc.record({ start: offset(length), end: offset(length) }) },
  );
const coordinate = fc.oneof(
  fc.double({ min: -100, max: 900, noNaN: true }),
  fc.constantFrom(-1e7, 1e7, Number.NaN, Number.NEGATIVE_INFINITY),
);
const rect = fc.oneof(
  fc.record({ x1: coordinate, y1: coordinate, x2: coordinate, y2: coordinate }),
  // Upright rectangles on the page, as the app measures them.
  fc
    .tuple(
      fc.integer({ min: 0, max: 612 }),
      fc.integer({ min: 0, max: 612 }),
      fc.integer({ min: 0, max: 792 }),
      fc.integer({ min: 0, max: 792 }),
    )
    .map(([a, b, c, d]) => ({
      x1: Math.min(a, b),
      x2: Math.max(a, b),
      y1: Math.min(c, d),
      y2: Math.max(c, d),
    })),
);
const area = fc.record({
  pageIndex: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constantFrom(2 ** 31, 0.5)),
  rects: fc.array(rect, { maxLength: 3 }),
});
const areas = (document: TargetDocument, at: TextPosition) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.array(area, { maxLength: 3 }) },
    {
      weight: 2,
      arbitrary: fc.array(
        fc.record({
          pageIndex: fc.constant(
            document.pageStarts && Number.isInteger(at.start) && at.start >= 0
              ? pageOfOffset(document.pageStarts, at.start)
              : 0,
          ),
          rects: fc.array(rect, { maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 1 },
      ),
    },
  );
/** The quote at a position as the app writes it (when the position is real). */
const quoteOf = (document: TargetDocument, p: TextPosition) => ({
  exact: document.text.slice(p.start, p.end),
  prefix: document.text.slice(Math.max(0, p.start - 3), p.start),
  suffix: document.text.slice(p.end, p.end + 3),
});
const quote = (document: TargetDocument, at: TextPosition) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(quoteOf(document, at)) },
    {
      weight: 1,
      arbitrary: fc.record({
        exact: fc.string({ maxLength: 8 }),
        prefix: fc.string(),
        suffix: fc.string(),
      }),
    },
    // Near misses: the real text at some other place.
    { weight: 1, arbitrary: position(document.text.length).map((p) => quoteOf(document, p)) },
  );
/** Fragments: mostly none or a real split of the position, sometimes anything. */
const fragments = (document: TargetDocument, at: TextPosition) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.array(position(document.text.length), { maxLength: 4 }) },
    {
      weight: 2,
      arbitrary: fc.integer({ min: 1, max: 99 }).map((percent) => {
        const cut = Math.round(at.start + (percent / 100) * (at.end - at.start));
        return [
          { start: at.start, end: cut },
          { start: cut, end: at.end },
        ];
      }),
    },
  );
const arbitraryTarget = (document: TargetDocument): fc.Arbitrary<AnnotationTarget> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'document' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('region' as const), page: area }) },
    {
      weight: 6,
      arbitrary: position(document.text.length).chain((at) =>
        fc
          .record({
            quote: quote(document, at),
            fragments: fragments(document, at),
            pages: areas(document, at),
          })
          .map(({ fragments: pieces, pages: areas, quote: q }) => ({
            kind: 'span' as const,
            position: at,
            quote: q,
            ...(pieces ? { fragments: pieces } : {}),
            ...(areas ? { pages: areas } : {}),
          })),
      ),
    },
  );

/** The oracle: what an accepted target promises, stated piece by piece. */
function promises(target: AnnotationTarget, document: TargetDocument): void {
  const length = document.text.length;
  const pageOk = (a: PageArea) => {
    expect(Number.isInteger(a.pageIndex) && a.pageIndex >= 0).toBe(true);
    expect(a.pageIndex).toBeLessThan(document.pageCount!);
    const box = document.pageBoxes?.[a.pageIndex];
    for (const r of a.rects) {
      expect(r.x1 <= r.x2 && r.y1 <= r.y2).toBe(true);
      if (box) {
        expect(r.x1).toBeGreaterThanOrEqual(box.x1 - RECT_TOLERANCE);
        expect(r.y1).toBeGreaterThanOrEqual(box.y1 - RECT_TOLERANCE);
        expect(r.x2).toBeLessThanOrEqual(box.x2 + RECT_TOLERANCE);
        expect(r.y2).toBeLessThanOrEqual(box.y2 + RECT_TOLERANCE);
      }
    }
  };
  if (target.kind === 'region') pageOk(target.page);
  if (target.kind !== 'span') return;
  const pieces = spanPieces(target);
  pieces.forEach((p, i) => {
    expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
    expect(0 <= p.start && p.start <= p.end && p.end <= length).toBe(true);
    if (i > 0) expect(p.start).toBeGreaterThanOrEqual(pieces[i - 1]!.end);
  });
  expect(pieces[0]!.start).toBe(target.position.start);
  expect(pieces.at(-1)!.end).toBe(target.position.end);
  const { start, end } = target.position;
  expect(target.quote.exact).toBe(document.text.slice(start, end));
  expect(document.text.slice(start - target.quote.prefix.length, start)).toBe(target.quote.prefix);
  expect(document.text.slice(end, end + target.quote.suffix.length)).toBe(target.quote.suffix);
  for (const a of target.pages ?? []) {
    pageOk(a);
    const covered = [pageOfOffset(document.pageStarts!, start)];
    covered.push(pageOfOffset(document.pageStarts!, Math.max(start, end - 1)));
    expect(a.pageIndex >= covered[0]! && a.pageIndex <= covered[1]!).toBe(true);
  }
}

describe('targetProblem: properties', () => {
  for (const [name, document] of [
    ['text', text],
    ['PDF', pdf],
  ] as const) {
    it(`item 4: on a ${name} document, every arbitrary target it accepts keeps every promise`, () => {
      const accepted: Record<string, number> = {};
      fc.assert(
        fc.property(arbitraryTarget(document), (target) => {
          const problem = targetProblem(target, document);
          // The shape check is the weaker of the two: whatever passes all passes it.
          if (!problem) {
            const kind =
              target.kind === 'span'
                ? `span${target.fragments ? '+fragments' : ''}${target.pages?.length ? '+pages' : ''}`
                : target.kind;
            accepted[kind] = (accepted[kind] ?? 0) + 1;
            expect(targetShapeProblem(target, document)).toBeUndefined();
            promises(target, document);
          }
        }),
        { numRuns: RUNS },
      );
      console.log(`${name}: ${RUNS} arbitrary targets, accepted ${JSON.stringify(accepted)}`);
      expect(accepted['span+fragments']).toBeGreaterThan(0);
      if (document.pageCount) expect(accepted['span+pages']).toBeGreaterThan(0);
    });

    it(`item 4: on a ${name} document, accepts every span the app makes and refuses it moved off the text`, () => {
      const length = document.text.length;
      // Cuts between characters, as a selection makes them (never inside a surrogate pair).
      const between = (cut: number) => {
        const code = document.text.charCodeAt(cut);
        return code >= 0xdc00 && code <= 0xdfff ? cut - 1 : cut;
      };
      const pieces = fc
        .uniqueArray(fc.integer({ min: 0, max: length }).map(between), {
          minLength: 2,
          maxLength: 8,
        })
        .map((cuts) => [...cuts].sort((a, b) => a - b))
        .map((cuts) => {
          const out: TextPosition[] = [];
          for (let i = 0; i + 1 < cuts.length; i += 2)
            out.push({ start: cuts[i]!, end: cuts[i + 1]! });
          return out;
        });
      fc.assert(
        fc.property(pieces, fc.integer({ min: 1, max: 2 ** 31 }), (parts, shift) => {
          const made = spanTarget(document.text, parts);
          expect(targetProblem(made, document)).toBeUndefined();
          const pushed = {
            ...made,
            fragments: spanPieces(made).map((p, i) =>
              i === 0 ? { start: p.start, end: p.end + length + shift } : p,
            ),
          };
          expect(targetProblem(pushed, document)).toBe('targetOutside');
        }),
        { numRuns: RUNS },
      );
    });
  }
});
