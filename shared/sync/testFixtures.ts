/**
 * Ids, annotations and mutations the sync rule tests share (echo, pending). Pure, no Node.
 */
import { joinPageTexts } from '../anchor/pageText';
import type { PdfRect } from '../model/annotation';
import type { AnnotationWire } from '../model/annotationSchema';
import type { Mutation } from './protocol';
import type { TargetDocument } from './targetCheck';

export const P = '00000000-0000-7000-8000-000000000001';
export const D = '00000000-0000-7000-8000-000000000002';
export const A = '00000000-0000-7000-8000-00000000000a';
export const B = '00000000-0000-7000-8000-00000000000b';
export const C = '00000000-0000-7000-8000-00000000000c';

/** A whole-document annotation of project P, document D, carrying one label. */
export const ann = (id: string, label: string): AnnotationWire => ({
  id,
  projectId: P,
  documentId: D,
  target: { kind: 'document' },
  body: { labels: [label] },
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

export const put = (id: number, a: AnnotationWire): Mutation => ({
  id,
  kind: 'annotation.put',
  annotation: a,
});

export const del = (id: number, annotationId: string): Mutation => ({
  id,
  kind: 'annotation.delete',
  projectId: P,
  annotationId,
});

/** A text document for target checks: emoji (two UTF-16 units) included. */
export const TARGET_TEXT = 'The Licensee shall indemnify 😀 the Licensor.';
export const textDoc: TargetDocument = { text: TARGET_TEXT };

/** A US Letter page box. */
export const LETTER: PdfRect = { x1: 0, y1: 0, x2: 612, y2: 792 };

/** A three-page PDF for target checks; the last page could not be read (no box, no text). */
const pdfPages = joinPageTexts(['First page.', 'Second page.', '']);
export const pdfDoc: TargetDocument = {
  text: pdfPages.text,
  pageCount: 3,
  pageStarts: pdfPages.pageStarts,
  pageBoxes: [LETTER, LETTER, null],
};
