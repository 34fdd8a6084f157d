import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../testing/corpusFile';
import type { Annotation } from '../model/annotation';
import { spanTarget } from './textAnchor';
import {
  annotation,
  everyKind,
  idFactory,
  piece,
  NOW,
  PDF_PAGES,
  pdfDocument,
  pdfKinds,
  SYNTHETIC_TEXT,
  textDocument,
} from './testFixtures';
import type { DocumentInput } from './types';
import { exportW3c, importW3c, toW3cAnnotation } from './w3c';

const CORPUS = CORPUS_DIR;
function roundTrip(doc: DocumentInput, annotations: readonly Annotation[]): readonly Annotation[] {
  const exported = exportW3c([{ ...doc, annotations }]);
  expect(exported.report.lossless).toBe(true);
  const file = exported.files[0];
  if (!file) throw new Error('no file');
  const imported = importW3c([{ name: file.name, text: file.text }], doc, {
    trustCreatorIds: true,
  });
  expect(imported.report.issues).toEqual([]);
  return imported.annotations;
}

const corpusText = (path: string): string => readFileSync(join(CORPUS, path), 'utf8');

describe('W3C round trip', () => {
  it('keeps every kind of annotation on text with emoji, combining marks and RTL', () => {
    const item = everyKind(textDocument(SYNTHETIC_TEXT));
    expect(roundTrip(item, item.annotations)).toEqual(item.annotations);
  });

  it('keeps PDF spans, cross-page spans and regions', () => {
    const item = pdfKinds(pdfDocument(PDF_PAGES));
    expect(roundTrip(item, item.annotations)).toEqual(item.annotations);
  });

  it('counts positions in code points', () => {
    const doc = textDocument('😀😀 target');
    const note = annotation(
      doc,
      idFactory()(),
      spanTarget(doc.content.text, [{ start: 5, end: 11 }]),
    );
    const w3c = toW3cAnnotation(doc, note) as { target: { selector: { start?: number }[] } };
    expect(w3c.target.selector[0]).toEqual({ type: 'TextPositionSelector', start: 3, end: 9 });
  });

  const corpusDocs = [
    'legal/cuad/txt/' + readdirSync(join(CORPUS, 'legal/cuad/txt')).sort()[0],
    'medical/aci_bench/notes/D2N068_note.txt',
    'finance/sec_10k/aapl-10-k-2024-11-01.txt',
  ];
  it.each(corpusDocs)('keeps random spans on %s (property)', (path) => {
    const doc = textDocument(corpusText(path), path);
    const n = doc.content.text.length;
    const span = fc
      .tuple(fc.nat(n), fc.nat(400))
      .map(([start, len]) => piece(doc.content.text, start, start + len));
    fc.assert(
      fc.property(
        fc.array(fc.array(span, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        (pieces) => {
          const next = idFactory();
          const list = pieces.map((p) =>
            annotation(doc, next(), spanTarget(doc.content.text, p), { labels: ['L'] }),
          );
          expect(roundTrip(doc, list)).toEqual(list);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps random spans on synthetic text, offsets on code-point boundaries (property)', () => {
    const pieces = ['a', '😀', 'e\u0301', 'ש', 'م', ' ', '\n', '👩‍⚕️'];
    const textArb = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const doc = textDocument(text);
        const bounds = [0, ...[...text].map((_, i) => [...text].slice(0, i + 1).join('').length)];
        const x = bounds[a % bounds.length] ?? 0;
        const y = bounds[b % bounds.length] ?? 0;
        const note = annotation(doc, idFactory()(), spanTarget(text, [piece(text, x, y)]));
        expect(roundTrip(doc, [note])).toEqual([note]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('W3C import from other tools', () => {
  const doc = textDocument('Alpha beta gamma. Alpha beta delta.');
  const wrap = (
    target: unknown,
    body: unknown = { type: 'TextualBody', value: 'x', purpose: 'tagging' },
  ): string =>
    JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/a1',
      type: 'Annotation',
      body,
      target,
    });
  const importOne = (text: string, target: DocumentInput = doc) =>
    importW3c([{ name: 'a.json', text }], target, { newId: idFactory(), now: NOW });

  it('anchors a quote alone, using prefix and suffix to pick the occurrence', () => {
    const text = wrap({
      source: 'http://example.org/doc',
      selector: {
        type: 'TextQuoteSelector',
        exact: 'Alpha beta',
        prefix: 'gamma. ',
        suffix: ' delta',
      },
    });
    const [first] = importOne(text).annotations;
    expect(first?.target).toMatchObject({ kind: 'span', position: { start: 18, end: 28 } });
    expect(first?.externalIds).toEqual({ w3c: 'http://example.org/a1' });
  });

  it('prefers the quote when a position disagrees with it, and says so', () => {
    const text = wrap({
      source: 'x:doc',
      selector: [
        { type: 'TextPositionSelector', start: 0, end: 5 },
        { type: 'TextQuoteSelector', exact: 'gamma' },
      ],
    });
    const { annotations, report } = importOne(text);
    expect(annotations[0]?.target).toMatchObject({ position: { start: 11, end: 16 } });
    expect(report.summary['anchor-note']).toBe(1);
  });

  it('reads page-relative positions on PDFs', () => {
    const pdf = pdfDocument(['first page', 'second 😀 page here']);
    const text = wrap({
      source: 'x:doc',
      selector: {
        type: 'FragmentSelector',
        value: 'page=2',
        refinedBy: { type: 'TextPositionSelector', start: 9, end: 13 },
      },
    });
    const [first] = importOne(text, pdf).annotations;
    expect(first?.target.kind === 'span' && first.target.quote.exact).toBe('page');
  });

  it('anchors our PDF page forms alone (page=N and cross-page ranges) where the whole-text ones are', () => {
    const item = pdfKinds(pdfDocument(PDF_PAGES));
    const spans = item.annotations.filter((a) => a.target.kind === 'span');
    const pageOnly = spans.map((a) => {
      const w3c = toW3cAnnotation(item, a) as { target: { selector: { type: string }[] } };
      const selector = w3c.target.selector.filter(
        (s) => s.type !== 'TextPositionSelector' && s.type !== 'TextQuoteSelector',
      );
      expect(selector).toHaveLength(1);
      return JSON.stringify({ ...w3c, target: { ...w3c.target, selector } });
    });
    expect(pageOnly.some((t) => t.includes('RangeSelector'))).toBe(true);
    const { annotations } = importW3c([{ name: 'p.jsonl', text: pageOnly.join('\n') }], item);
    expect(annotations.map((a) => a.target)).toEqual(spans.map((a) => a.target));
  });

  it('skips annotations that belong to another Glossator document, and unsupported selectors', () => {
    const other = wrap({
      source: 'ni:///sha-256;AAAA',
      selector: { type: 'TextQuoteSelector', exact: 'beta' },
    });
    const css = wrap({ source: 'x:doc', selector: { type: 'CssSelector', value: '#p1' } });
    const { annotations, report } = importW3c(
      [{ name: 'a.jsonl', text: `${other}\n${css}\n` }],
      doc,
    );
    expect(annotations).toEqual([]);
    expect(report.summary).toEqual({ 'other-document': 1, 'unsupported-selector': 1 });
    expect(report.counts.annotationsSkipped).toBe(2);
  });

  it('maps bodies by purpose and reports what it cannot keep', () => {
    const bodies = [
      { type: 'TextualBody', value: 'Tag', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Why' },
      {
        type: 'SpecificResource',
        purpose: 'classifying',
        source: 'http://id.nlm.nih.gov/mesh/D003920',
      },
      'http://example.org/elsewhere',
    ];
    const { annotations, report } = importOne(wrap('x:doc', bodies));
    expect(annotations[0]?.body).toEqual({
      labels: ['Tag'],
      rationale: 'Why',
      codes: [{ system: 'mesh', code: 'D003920', display: '' }],
    });
    expect(annotations[0]?.target).toEqual({ kind: 'document' });
    expect(report.summary['body-loss']).toBe(1);
  });
});
