/**
 * The target validator (item 4 of "Trust first"), case by case; targetCheck.property.test.ts
 * feeds it arbitrary targets.
 */
import { describe, expect, it } from 'vitest';
import { quoteAt } from '../anchor/quote';
import type { AnnotationTarget, PageArea, PdfRect, TextPosition } from '../model/annotation';
import { spanTarget } from '../formats/textAnchor';
import { targetProblem } from './targetCheck';
import { pdfDoc as pdf, TARGET_TEXT as TEXT, textDoc as text } from './testFixtures';

type Span = Extract<AnnotationTarget, { kind: 'span' }>;

describe('targetProblem: worked cases', () => {
  const span = (start: number, end: number, over: Partial<Span> = {}): Span => ({
    kind: 'span',
    position: { start, end },
    quote: quoteAt(TEXT, start, end),
    ...over,
  });
  it('accepts what the app makes', () => {
    expect(targetProblem(span(4, 12), text)).toBeUndefined();
    expect(
      targetProblem(
        spanTarget(TEXT, [
          { start: 4, end: 12 },
          { start: 19, end: 28 },
        ]),
        text,
      ),
    ).toBeUndefined();
    expect(targetProblem({ kind: 'document' }, text)).toBeUndefined();
    // An emoji is two UTF-16 units.
    expect(targetProblem(span(29, 31), text)).toBeUndefined();
  });
  it('refuses fragments that are not ordered pieces of the span inside the text', () => {
    const withFragments = (fragments: TextPosition[]) => span(0, 12, { fragments });
    for (const fragments of [
      [{ start: 2 ** 31, end: 5 }],
      [{ start: 0, end: 2 ** 31 }],
      [],
      [
        { start: 4, end: 12 },
        { start: 0, end: 3 },
      ],
      [
        { start: 0, end: 8 },
        { start: 4, end: 12 },
      ],
      [
        { start: 0, end: 3 },
        { start: 3, end: 3 },
        { start: 4, end: 12 },
      ],
      [{ start: 0, end: 10 }],
      [{ start: 0.5, end: 12 }],
    ])
      expect(targetProblem(withFragments(fragments), text), JSON.stringify(fragments)).toBe(
        'targetOutside',
      );
  });
  it('refuses a quote that is not the text at the position', () => {
    const quote = quoteAt(TEXT, 4, 12);
    for (const wrong of [
      { ...quote, exact: 'Licensor' },
      { ...quote, prefix: 'A ' },
      { ...quote, suffix: ' must' },
      { ...quote, exact: '' },
    ])
      expect(targetProblem(span(4, 12, { quote: wrong }), text)).toBe('quoteMismatch');
  });
  it('checks pages, page boxes and which pages a span is on', () => {
    const onPage = (pageIndex: number, rects: PdfRect[]): AnnotationTarget => ({
      kind: 'region',
      page: { pageIndex, rects },
    });
    expect(targetProblem(onPage(1, [{ x1: 72, y1: 72, x2: 144, y2: 144 }]), pdf)).toBeUndefined();
    expect(targetProblem(onPage(3, []), pdf)).toBe('targetOutside');
    expect(targetProblem(onPage(0, []), text)).toBe('targetOutside');
    expect(targetProblem(onPage(0, [{ x1: 0, y1: 0, x2: 700, y2: 10 }]), pdf)).toBe(
      'targetOutside',
    );
    expect(targetProblem(onPage(0, [{ x1: 10, y1: 0, x2: 5, y2: 10 }]), pdf)).toBe('targetOutside');
    // A page whose box is unknown still gets every check that needs none.
    expect(targetProblem(onPage(2, [{ x1: 0, y1: 0, x2: 9_000, y2: 10 }]), pdf)).toBeUndefined();
    const first = spanTarget(pdf.text, [{ start: 0, end: 5 }]);
    const area = (pageIndex: number): PageArea => ({
      pageIndex,
      rects: [{ x1: 72, y1: 700, x2: 100, y2: 712 }],
    });
    expect(targetProblem({ ...first, pages: [area(0)] }, pdf)).toBeUndefined();
    expect(targetProblem({ ...first, pages: [area(1)] }, pdf)).toBe('targetOutside');
    const across = spanTarget(pdf.text, [{ start: 6, end: 18 }]);
    expect(targetProblem({ ...across, pages: [area(0), area(1)] }, pdf)).toBeUndefined();
  });
});
