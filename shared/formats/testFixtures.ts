/**
 * Documents and annotations the format tests share: deterministic ids, text with the characters
 * that break offset maths, and one annotation of every kind the model has. Pure, no Node.
 */
import { joinPageTexts } from '../anchor/pageText';
import type { Annotation, AnnotationBody, AnnotationTarget } from '../model/annotation';
import type { DocumentId, ProjectId, UserId } from '../model/ids';
import type { AnnotationId } from '../model/ids';
import type { DocumentInput, ExportItem } from './types';
import { spanTarget } from './textAnchor';

export const PROJECT = '0190a0b0-0000-7000-8000-00000000000a' as ProjectId;
export const USER = '0190a0b0-0000-7000-8000-0000000000ee' as UserId;
export const NOW = '2025-01-02T03:04:05.000Z';

/** Emoji (astral and ZWJ), a combining acute accent, Hebrew and Arabic. */
export const SYNTHETIC_TEXT =
  'Patient 👩‍⚕️ reports cafe\u0301 intake 😀 daily.\nשלום עולם: diagnosis مرض السكري confirmed.\nPlan: metformin 500 mg.';

/** Ids that sort in creation order and repeat from run to run. */
export function idFactory(prefix = 1): () => AnnotationId {
  let n = 0;
  return () => {
    n++;
    const tail = n.toString(16).padStart(12, '0');
    return `0190a0b0-${prefix.toString(16).padStart(4, '0')}-7000-8000-${tail}` as AnnotationId;
  };
}

export function textDocument(text: string, name = 'note.txt', id = 1): DocumentInput {
  const documentId = `0190a0b0-0000-7000-8000-${id.toString(16).padStart(12, '0')}` as DocumentId;
  return {
    record: {
      id: documentId,
      projectId: PROJECT,
      name,
      kind: 'text',
      mediaType: 'text/plain',
      size: text.length,
      sha256: id.toString(16).padStart(64, 'a'),
      charCount: text.length,
      warnings: [],
      createdAt: NOW,
    },
    content: { text },
  };
}

export function pdfDocument(pages: readonly string[], name = 'opinion.pdf', id = 2): DocumentInput {
  const { text, pageStarts } = joinPageTexts(pages);
  const base = textDocument(text, name, id);
  return {
    record: { ...base.record, kind: 'pdf', mediaType: 'application/pdf', pageCount: pages.length },
    content: {
      text,
      pageStarts,
      pageBoxes: pages.map(() => ({ x1: 0, y1: 0, x2: 612, y2: 792 })),
    },
  };
}

export function annotation(
  doc: DocumentInput,
  id: AnnotationId,
  target: AnnotationTarget,
  body: Partial<AnnotationBody> = {},
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    projectId: doc.record.projectId,
    documentId: doc.record.id,
    target,
    body: { labels: [], ...body },
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

/** A span over the first occurrence of `exact` (after `from`). */
export function spanOf(doc: DocumentInput, exact: string, from = 0): AnnotationTarget {
  const start = doc.content.text.indexOf(exact, from);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return spanTarget(doc.content.text, [{ start, end: start + exact.length }]);
}

/**
 * A valid span near [a, b) for property tests: ordered, clamped to the text, widened to whole
 * characters and at least one character long (the app refuses empty spans).
 */
export function piece(text: string, a: number, b: number): { start: number; end: number } {
  const low = (i: number): boolean => /[\uDC00-\uDFFF]/.test(text[i] ?? '');
  let start = Math.min(Math.max(0, Math.min(a, b)), text.length - 1);
  if (low(start)) start--;
  let end = Math.min(text.length, Math.max(start + 1, Math.max(a, b)));
  if (low(end)) end++;
  return { start, end };
}

/** One annotation of every kind on the synthetic text. */
export function everyKind(doc: DocumentInput): ExportItem {
  const next = idFactory(7);
  const text = doc.content.text;
  const first = next();
  const second = next();
  const emoji = text.indexOf('😀');
  const list: Annotation[] = [
    annotation(
      doc,
      first,
      spanOf(doc, 'cafe\u0301'),
      { labels: ['Substance', 'Diet'] },
      { creatorId: USER },
    ),
    annotation(doc, second, spanOf(doc, 'مرض السكري'), {
      labels: ['Diagnosis'],
      rationale: 'Arabic for diabetes — the note states it as confirmed.',
      codes: [
        {
          system: 'icd10cm',
          code: 'E11.9',
          display: 'Type 2 diabetes mellitus without complications',
        },
      ],
      relations: [{ type: 'same-as', targetId: first }],
      confidence: 0.75,
    }),
    annotation(
      doc,
      next(),
      spanTarget(text, [
        { start: emoji, end: emoji + 2 },
        { start: text.indexOf('daily'), end: text.indexOf('daily') + 5 },
      ]),
      {
        labels: ['Frequency'],
      },
    ),
    annotation(
      doc,
      next(),
      { kind: 'document' },
      {
        labels: ['Endocrinology'],
        rationale: 'Interpretation: a follow-up note for a diabetic patient.',
        codes: [
          {
            system: 'mesh',
            code: 'D003924',
            display: 'Diabetes Mellitus, Type 2',
            purpose: 'identifying',
          },
        ],
      },
    ),
    annotation(
      doc,
      next(),
      spanOf(doc, 'metformin'),
      { labels: ['Drug'] },
      {
        preAnnotation: { source: 'label-studio', modelVersion: 'ner-v2', score: 0.91 },
        creator: { kind: 'software', name: 'ner-v2', iri: 'https://models.example.org/ner-v2' },
        externalIds: { brat: 'T9', 'label-studio': 'abc123' },
      },
    ),
    annotation(
      doc,
      next(),
      { kind: 'document' },
      {
        labels: [],
        ranking: {
          prompt: 'Summarise the plan.',
          answers: [
            { id: 'a', text: 'Start metformin 500 mg.', rank: 1 },
            { id: 'b', text: 'No change.', rank: 3 },
            { id: 'c', text: 'Metformin.', rank: 2 },
          ],
        },
      },
    ),
  ];
  return { ...doc, annotations: list };
}

/** Span, cross-page span and region annotations on a three-page PDF. */
export function pdfKinds(doc: DocumentInput): ExportItem {
  const next = idFactory(9);
  const text = doc.content.text;
  const cross = text.indexOf('end of page one');
  const crossEnd = text.indexOf('start of page two') + 'start of page two'.length;
  const list: Annotation[] = [
    annotation(
      doc,
      next(),
      {
        ...spanOf(doc, 'Holding'),
        pages: [{ pageIndex: 1, rects: [{ x1: 72, y1: 700, x2: 130, y2: 712 }] }],
      } as AnnotationTarget,
      { labels: ['Holding'] },
    ),
    annotation(doc, next(), spanTarget(text, [{ start: cross, end: crossEnd }]), {
      labels: ['Reasoning'],
    }),
    annotation(
      doc,
      next(),
      { kind: 'region', page: { pageIndex: 2, rects: [{ x1: 100, y1: 200, x2: 300, y2: 400 }] } },
      { labels: ['Table'] },
    ),
  ];
  return { ...doc, annotations: list };
}

export const PDF_PAGES = [
  'Opinion of the court 😀. This is the end of page one',
  'start of page two. Holding: the statute applies.',
  'Appendix table',
];

/** An answer review on the synthetic text: an evidence span, and a review citing it. */
export function reviewKinds(doc: DocumentInput): ExportItem {
  const next = idFactory(9);
  const evidence = next();
  const answers = [
    { id: 'a', text: 'Start metformin 500 mg 😀.' },
    { id: 'b', text: 'Start insulin.' },
  ];
  const list: Annotation[] = [
    annotation(doc, evidence, spanOf(doc, 'metformin 500 mg'), { labels: ['evidence'] }),
    annotation(
      doc,
      next(),
      { kind: 'document' },
      {
        ranking: {
          prompt: 'What does the plan start?',
          answers: [
            { ...answers[0]!, rank: 1 },
            { ...answers[1]!, rank: 2 },
          ],
        },
        review: {
          taskId: 'task-1',
          scores: [
            { answerId: 'a', criterionId: 'accuracy', score: 5 },
            {
              answerId: 'b',
              criterionId: 'accuracy',
              score: 1,
              comment: `The plan says metformin [[cite:${evidence}]]`,
            },
          ],
          errors: [
            {
              id: 'm1',
              answerId: 'b',
              start: 6,
              end: 13,
              quote: 'insulin',
              errorType: 'factual',
              comment: `Not insulin [[cite:${evidence}]]`,
            },
          ],
          rewrite: 'Start **metformin 500 mg** (see the plan).',
        },
      },
    ),
  ];
  return { ...doc, annotations: list };
}
