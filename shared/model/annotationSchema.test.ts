import { Compile } from 'typebox/compile';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Annotation } from './annotation';
import { AnnotationSchema, type AnnotationWire } from './annotationSchema';

const check = Compile(AnnotationSchema);

/** Strips brands and mutability so the model type and the schema's type can be compared. */
type Plain<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Plain<U>[]
    : T extends object
      ? { readonly [K in keyof T]: Plain<T[K]> }
      : T;

const sample: AnnotationWire = {
  id: '01890a5d-ac96-774b-bcce-b302099a8057',
  projectId: '01890a5d-ac96-774b-bcce-b302099a8058',
  documentId: '01890a5d-ac96-774b-bcce-b302099a8059',
  target: {
    kind: 'span',
    position: { start: 3, end: 9 },
    quote: { exact: 'indemn', prefix: 'an ', suffix: 'ity' },
    pages: [{ pageIndex: 0, rects: [{ x1: 1, y1: 2, x2: 3, y2: 4 }] }],
  },
  body: { labels: ['Cap On Liability'], confidence: 0.5 },
  createdAt: '2025-01-31T12:00:00.000Z',
  updatedAt: '2025-01-31T12:00:00Z',
};

describe('AnnotationSchema', () => {
  it('describes the same shape as the model type', () => {
    expectTypeOf<Plain<AnnotationWire>>().toEqualTypeOf<Plain<Annotation>>();
    expectTypeOf<AnnotationWire['target']['kind']>().toEqualTypeOf<Annotation['target']['kind']>();
  });

  it('accepts a valid annotation and refuses extra fields and wrong types', () => {
    expect(check.Check(sample)).toBe(true);
    expect(check.Check({ ...sample, extra: 1 })).toBe(false);
    expect(check.Check({ ...sample, body: { labels: ['x'], score: 1 } })).toBe(false);
    expect(check.Check({ ...sample, id: 'not-a-uuid' })).toBe(false);
    expect(
      check.Check({ ...sample, target: { kind: 'span', position: { start: '1', end: 2 } } }),
    ).toBe(false);
    expect(check.Check({ ...sample, body: { labels: [], confidence: 2 } })).toBe(false);
    expect(check.Check({ ...sample, createdAt: 'yesterday' })).toBe(false);
  });
});
