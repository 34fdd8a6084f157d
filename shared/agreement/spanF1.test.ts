import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanF1, spansOf, type LabelledSpan } from './spanF1';
import { docClass, span } from './testAnnotations';

const s = (start: number, end: number, label = 'party', documentId = 'd1'): LabelledSpan => ({
  documentId,
  start,
  end,
  label,
});

describe('span F1', () => {
  it('counts exact matches per label, pooled (micro) and averaged (macro), by hand', () => {
    const reference = [s(0, 5), s(10, 20), s(30, 40, 'date')];
    const candidate = [s(0, 5), s(11, 20), s(30, 40, 'date'), s(50, 60, 'amount')];
    const result = spanF1(reference, candidate, 'exact');
    expect(result.perLabel).toEqual({
      amount: { tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 },
      date: { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 },
      party: { tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 },
    });
    // micro: tp 2, fp 2, fn 1 → P = 1/2, R = 2/3, F1 = 4/7.
    expect(result.micro.f1).toBeCloseTo(4 / 7, 12);
    expect(result.macroF1).toBeCloseTo(1.5 / 3, 12);
  });

  it('matches overlapping spans one-to-one, finding the best matching not a greedy one', () => {
    // A greedy pass would pair r1 with c1 and leave r2 unmatched; the maximum matching pairs both.
    const reference = [s(0, 10), s(12, 20)];
    const candidate = [s(5, 15), s(8, 30)];
    expect(spanF1(reference, candidate, 'overlap').micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    // One long span cannot be credited for two short ones.
    expect(spanF1([s(0, 100)], [s(0, 10), s(20, 30)], 'overlap').micro).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 0,
    });
    // Touching is not overlapping (end is exclusive); other labels and documents never match.
    expect(spanF1([s(0, 10)], [s(10, 20)], 'overlap').micro.tp).toBe(0);
    expect(spanF1([s(0, 10)], [s(0, 10, 'date')], 'overlap').micro.tp).toBe(0);
    expect(spanF1([s(0, 10)], [s(0, 10, 'party', 'd2')], 'overlap').micro.tp).toBe(0);
  });

  it('treats identical duplicates as separate spans', () => {
    expect(spanF1([s(0, 5), s(0, 5)], [s(0, 5)], 'exact').micro).toMatchObject({ tp: 1, fn: 1 });
  });

  it('is undefined when neither side has a span', () => {
    const result = spanF1([], [], 'exact');
    expect(result.micro.f1).toBeNull();
    expect(result.macroF1).toBeNull();
  });

  it('takes span targets of annotations, one item per label, skipping other targets', () => {
    expect(
      spansOf([span('x', 'd1', 3, 9, 'party', 'party', 'date'), docClass('x', 'd1', 'relevant')]),
    ).toEqual([s(3, 9), s(3, 9, 'date')]);
  });

  const spans = fc.array(
    fc
      .record({
        start: fc.nat(60),
        length: fc.integer({ min: 1, max: 15 }),
        label: fc.constantFrom('a', 'b'),
        doc: fc.constantFrom('d1', 'd2'),
      })
      .map((r) => s(r.start, r.start + r.length, r.label, r.doc)),
    { maxLength: 12 },
  );

  it('is symmetric, within [0, 1], and exact never beats overlap (property)', () => {
    fc.assert(
      fc.property(spans, spans, (x, y) => {
        for (const mode of ['exact', 'overlap'] as const) {
          const xy = spanF1(x, y, mode);
          const yx = spanF1(y, x, mode);
          expect(yx.micro.f1).toBe(xy.micro.f1);
          expect(yx.macroF1).toBe(xy.macroF1);
          expect(yx.micro.fp).toBe(xy.micro.fn);
          if (xy.micro.f1 !== null) {
            expect(xy.micro.f1).toBeGreaterThanOrEqual(0);
            expect(xy.micro.f1).toBeLessThanOrEqual(1);
          }
        }
        expect(spanF1(x, y, 'exact').micro.tp).toBeLessThanOrEqual(
          spanF1(x, y, 'overlap').micro.tp,
        );
      }),
    );
  });

  it('is 1 for perfect agreement in any order (property)', () => {
    fc.assert(
      fc.property(
        spans.filter((x) => x.length > 0),
        (x) => {
          for (const mode of ['exact', 'overlap'] as const) {
            const result = spanF1(x, [...x].reverse(), mode);
            expect(result.micro.f1).toBe(1);
            expect(result.macroF1).toBe(1);
          }
        },
      ),
    );
  });
});
