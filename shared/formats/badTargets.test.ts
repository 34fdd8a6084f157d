/**
 * Defence in depth for item 4 of "Trust first": an annotation already stored in a bad shape
 * (offsets past the text, fragments out of order) must not make an export slow or wrong. Every
 * format leaves it out, says why, and writes the rest.
 */
import { describe, expect, it } from 'vitest';
import type { AnnotationTarget } from '../model/annotation';
import { FORMATS } from './registry';
import { annotation, idFactory, SYNTHETIC_TEXT, textDocument } from './testFixtures';
import { spanTarget } from './textAnchor';

const doc = textDocument(SYNTHETIC_TEXT);
const id = idFactory(7);
const good = annotation(doc, id(), spanTarget(SYNTHETIC_TEXT, [{ start: 0, end: 7 }]), {
  labels: ['problem'],
});
const span = (over: Partial<AnnotationTarget & { kind: 'span' }>): AnnotationTarget => ({
  ...spanTarget(SYNTHETIC_TEXT, [{ start: 0, end: 7 }]),
  ...over,
});
const bad = [
  span({ fragments: [{ start: 0, end: 2 ** 31 }] }),
  span({ fragments: [{ start: 2 ** 31, end: 5 }] }),
  span({ position: { start: 0, end: 2 ** 31 } }),
  span({
    fragments: [
      { start: 3, end: 7 },
      { start: 0, end: 2 },
    ],
  }),
  { kind: 'region', page: { pageIndex: 3, rects: [] } } as const,
].map((target) => annotation(doc, id(), target, { labels: ['problem'], rationale: 'why' }));

describe('exports and annotations stored in a bad shape', () => {
  for (const format of FORMATS.filter((f) => f.export)) {
    it(`item 4: ${format.id} leaves out targets that do not fit the text, quickly`, () => {
      const started = performance.now();
      const { report } = format.export!([{ ...doc, annotations: [good, ...bad] }]);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(report.summary['bad-target']).toBe(bad.length);
      expect(report.counts.annotationsRead).toBe(bad.length + 1);
      const skipped = report.issues.filter((i) => i.code === 'bad-target');
      expect(skipped.map((i) => i.annotationId)).toEqual(bad.map((a) => a.id));
      expect(skipped.every((i) => i.kind === 'invalid')).toBe(true);
    });
  }
});
