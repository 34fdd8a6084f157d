import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../testing/corpusFile';
import type { Annotation } from '../model/annotation';
import { exportLabelStudio, importLabelStudio, listLabelStudioTasks } from './labelStudio';
import { fromPercent, toPercent } from './labelStudioShared';
import { spanTarget } from './textAnchor';
import {
  annotation,
  everyKind,
  idFactory,
  piece,
  NOW,
  PDF_PAGES,
  pdfDocument,
  SYNTHETIC_TEXT,
  spanOf,
  textDocument,
} from './testFixtures';
import type { DocumentInput } from './types';

const CORPUS = CORPUS_DIR;
const text = 'Invoice 😀 from Acme Corp. to שלום Ltd. Payment due in 30 days.';
/** A task file as Label Studio writes it: random result ids, predictions from an ML backend. */
const TASK_FILE = JSON.stringify([
  { id: 7, data: { text: 'another document' }, predictions: [] },
  {
    id: 8,
    data: { text },
    annotations: [
      {
        id: 1001,
        completed_by: { id: 3, email: 'expert@example.org' },
        created_at: '2024-05-01T10:00:00.000000Z',
        updated_at: '2024-05-01T10:05:00.000000Z',
        was_cancelled: false,
        result: [
          {
            id: 'Xb8k2',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 15, end: 24, text: 'Acme Corp', labels: ['ORG'] },
          },
          {
            id: 'Xb8k2',
            from_name: 'rationale',
            to_name: 'text',
            type: 'textarea',
            value: { start: 15, end: 24, text: ['the seller'] },
          },
          {
            id: 'Q1w2e',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 29, end: 33, text: 'שלום', labels: ['ORG'] },
          },
          {
            type: 'relation',
            from_id: 'Xb8k2',
            to_id: 'Q1w2e',
            direction: 'right',
            labels: ['bills'],
          },
          {
            id: 'c1',
            from_name: 'sentiment',
            to_name: 'text',
            type: 'choices',
            value: { choices: ['Invoice'] },
          },
          { id: 'r1', from_name: 'stars', to_name: 'text', type: 'rating', value: { rating: 4 } },
        ],
      },
      { id: 1002, was_cancelled: true, result: [] },
    ],
    predictions: [
      {
        model_version: 'ner-2024-04',
        score: 0.8,
        result: [
          {
            id: 'p1',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            score: 0.93,
            value: { start: 54, end: 61, text: '30 days', labels: ['DURATION'] },
          },
          // An older Label Studio counted UTF-16 units: "Acme" is at 16 in UTF-16, 15 in code points.
          {
            id: 'p2',
            from_name: 'label',
            to_name: 'text',
            type: 'labels',
            value: { start: 16, end: 20, text: 'Acme', labels: ['ORG'] },
          },
        ],
      },
    ],
  },
]);

describe('Label Studio import', () => {
  const doc = textDocument(text, 'invoice.txt');
  const { annotations, report } = importLabelStudio(
    [{ name: 'tasks.json', text: TASK_FILE }],
    doc,
    { newId: idFactory(), now: NOW },
  );
  const byText = (exact: string): Annotation | undefined =>
    annotations.find((a) => a.target.kind === 'span' && a.target.quote.exact === exact);

  it('lists the tasks for the UI', () => {
    expect(
      listLabelStudioTasks(TASK_FILE).map((t) => [t.id, t.annotations, t.predictions]),
    ).toEqual([
      [7, 0, 0],
      [8, 2, 1],
    ]);
  });

  it('marks predictions as pre-annotations with their model and score', () => {
    const due = byText('30 days');
    expect(due?.preAnnotation).toEqual({
      source: 'label-studio',
      modelVersion: 'ner-2024-04',
      score: 0.93,
    });
    expect(due?.body).toEqual({ labels: ['DURATION'] });
    expect(byText('Acme')?.preAnnotation).toEqual({
      source: 'label-studio',
      modelVersion: 'ner-2024-04',
      score: 0.8,
    });
  });

  it('reads code-point offsets past an emoji, merges per-region controls and relations', () => {
    const acme = byText('Acme Corp');
    const shalom = byText('שלום');
    expect(acme?.target).toMatchObject({ position: { start: 16, end: 25 } });
    expect(acme?.body).toEqual({
      labels: ['ORG'],
      rationale: 'the seller',
      relations: [{ type: 'bills', targetId: shalom?.id }],
    });
    expect(acme?.creator).toEqual({ kind: 'person', name: 'expert@example.org' });
    expect(acme?.externalIds).toEqual({ 'label-studio': 'Xb8k2' });
    expect(acme?.createdAt).toBe('2024-05-01T10:00:00.000000Z');
    expect(annotations.find((a) => a.target.kind === 'document')?.body).toEqual({
      labels: ['Invoice'],
    });
  });

  it('reports legacy offsets, cancelled annotations and controls it does not read', () => {
    expect(annotations).toHaveLength(5);
    expect(report.summary).toEqual({ 'utf16-offsets': 1, cancelled: 1, 'unsupported-control': 1 });
  });

  it('reads rectangles on PDF pages into PDF user space', () => {
    const pdf = pdfDocument(PDF_PAGES);
    const file = JSON.stringify({
      data: { pdf: 'opinion.pdf' },
      predictions: [
        {
          result: [
            {
              id: 'r',
              type: 'rectanglelabels',
              from_name: 'rect',
              to_name: 'pdf',
              item_index: 1,
              value: {
                x: 10,
                y: 25,
                width: 50,
                height: 10,
                rotation: 0,
                rectanglelabels: ['Table'],
              },
            },
          ],
        },
      ],
    });
    const [region] = importLabelStudio([{ name: 't.json', text: file }], pdf).annotations;
    expect(region?.target).toEqual({
      kind: 'region',
      page: { pageIndex: 1, rects: [{ x1: 61.2, y1: 514.8, x2: 367.2, y2: 594 }] },
    });
  });
});

describe('Label Studio round trip', () => {
  function roundTrip(doc: DocumentInput, list: readonly Annotation[]): readonly Annotation[] {
    const exported = exportLabelStudio([{ ...doc, annotations: list }]);
    expect(exported.report.issues).toEqual([]);
    const file = exported.files[0];
    const imported = importLabelStudio([{ name: 'x.json', text: file?.text ?? '' }], doc, {
      now: NOW,
    });
    expect(imported.report.issues).toEqual([]);
    return imported.annotations;
  }

  it('keeps what Label Studio can hold, on text with emoji, combining marks and RTL', () => {
    const doc = textDocument(SYNTHETIC_TEXT);
    const next = idFactory();
    const [a, b] = [next(), next()];
    const list = [
      annotation(doc, a, spanOf(doc, 'cafe\u0301'), {
        labels: ['Substance'],
        rationale: 'a drink',
        codes: [{ system: 'icd10cm', code: 'Z72.0', display: '' }],
        relations: [{ type: 'about', targetId: b }],
        confidence: 0.5,
      }),
      annotation(doc, b, spanOf(doc, 'مرض السكري'), { labels: ['Diagnosis'] }),
      annotation(
        doc,
        next(),
        { kind: 'document' },
        { labels: ['Endocrinology'], rationale: 'overall' },
      ),
      annotation(
        doc,
        next(),
        spanOf(doc, '😀'),
        { labels: ['Emoji'] },
        { preAnnotation: { source: 'label-studio', modelVersion: 'm1', score: 0.4 } },
      ),
    ];
    expect(roundTrip(doc, list)).toEqual(list);
  });

  it('keeps PDF regions (percentages of the page box)', () => {
    const pdf = pdfDocument(PDF_PAGES);
    const region = annotation(
      pdf,
      idFactory()(),
      { kind: 'region', page: { pageIndex: 2, rects: [{ x1: 100, y1: 200, x2: 300, y2: 400 }] } },
      { labels: ['Table'] },
    );
    const [back] = roundTrip(pdf, [region]);
    const rect = back?.target.kind === 'region' ? back.target.page.rects[0] : undefined;
    expect(rect?.x1).toBeCloseTo(100, 9);
    expect(rect?.y2).toBeCloseTo(400, 9);
  });

  it('converts rectangles both ways (property)', () => {
    const box = { x1: 0, y1: 0, x2: 612, y2: 792 };
    fc.assert(
      fc.property(
        fc.float({ min: 0, max: 600, noNaN: true }),
        fc.float({ min: 0, max: 780, noNaN: true }),
        (x, y) => {
          const rect = { x1: x, y1: y, x2: x + 10, y2: y + 10 };
          const back = fromPercent(toPercent(rect, box), box);
          for (const k of ['x1', 'y1', 'x2', 'y2'] as const)
            expect(back[k]).toBeCloseTo(rect[k], 6);
        },
      ),
    );
  });

  it('keeps random labelled spans on a CUAD contract (property)', () => {
    const dir = join(CORPUS, 'legal/cuad/txt');
    const name = readdirSync(dir).sort()[1] ?? '';
    const doc = textDocument(readFileSync(join(dir, name), 'utf8'), name);
    const n = doc.content.text.length;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(n), fc.nat(300)), { maxLength: 10 }), (spans) => {
        const next = idFactory();
        const list = spans.map(([s, len]) =>
          annotation(
            doc,
            next(),
            spanTarget(doc.content.text, [piece(doc.content.text, s, s + len)]),
            { labels: ['Clause'] },
          ),
        );
        expect(roundTrip(doc, list)).toEqual(list);
      }),
      { numRuns: 20 },
    );
  });

  it('reports what Label Studio cannot hold', () => {
    const { report } = exportLabelStudio([everyKind(textDocument(SYNTHETIC_TEXT))]);
    expect(report.summary).toMatchObject({
      discontinuous: 1,
      'code-display': 2,
      ranking: 1,
      creator: 1,
    });
  });
});
