import { describe, expect, it } from 'vitest';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import { codePointOffset, PDF_FRAGMENT_SPEC, toW3cAnnotation } from './w3c';

const base: AnnotationWire = {
  id: '01900000-0000-7000-8000-000000000001',
  projectId: '01900000-0000-7000-8000-000000000002',
  documentId: '01900000-0000-7000-8000-000000000003',
  target: { kind: 'document' },
  body: { labels: ['cap'] },
  creatorId: '01900000-0000-7000-8000-000000000004',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
};

describe('W3C export', () => {
  it('counts code points, not UTF-16 units (emoji, combining marks, RTL)', () => {
    const text = 'a😀b e\u0301 نص 👩‍⚕️x';
    expect(codePointOffset(text, 0)).toBe(0);
    expect(codePointOffset(text, 1)).toBe(1);
    expect(codePointOffset(text, 3)).toBe(2); // after the emoji (2 units, 1 point)
    expect(codePointOffset(text, text.length)).toBe([...text].length);
    const start = text.indexOf('نص');
    expect(codePointOffset(text, start)).toBe([...text.slice(0, start)].length);
  });

  it('maps a span to position and quote selectors on the document', () => {
    const text = '😀 The cap is $1.';
    const start = text.indexOf('cap');
    const w3c = toW3cAnnotation(
      {
        ...base,
        target: {
          kind: 'span',
          position: { start, end: start + 3 },
          quote: { exact: 'cap', prefix: 'The ', suffix: ' is' },
        },
        body: { labels: ['cap'], rationale: 'explicit cap' },
      },
      text,
    );
    expect(w3c).toMatchObject({
      id: 'urn:uuid:01900000-0000-7000-8000-000000000001',
      type: 'Annotation',
      motivation: ['tagging', 'commenting'],
      creator: { type: 'Person' },
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'cap' },
        { type: 'TextualBody', purpose: 'commenting', value: 'explicit cap' },
      ],
      target: {
        source: 'urn:uuid:01900000-0000-7000-8000-000000000003',
        selector: [
          { type: 'TextPositionSelector', start: start - 1, end: start + 2 },
          { type: 'TextQuoteSelector', exact: 'cap', prefix: 'The ', suffix: ' is' },
        ],
      },
    });
  });

  it('maps regions to a PDF fragment and whole-document targets to the source', () => {
    const region = toW3cAnnotation(
      {
        ...base,
        target: {
          kind: 'region',
          page: { pageIndex: 2, rects: [{ x1: 10, y1: 20, x2: 110, y2: 70 }] },
        },
      },
      undefined,
    );
    expect(region.target).toEqual({
      source: 'urn:uuid:01900000-0000-7000-8000-000000000003',
      selector: {
        type: 'FragmentSelector',
        conformsTo: PDF_FRAGMENT_SPEC,
        value: 'page=3&viewrect=10,20,100,50',
      },
    });
    expect(toW3cAnnotation(base, undefined).target).toBe(
      'urn:uuid:01900000-0000-7000-8000-000000000003',
    );
  });
});
