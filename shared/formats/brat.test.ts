import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../testing/corpusFile';
import { decodeText } from '../files/decodeText';
import type { Annotation } from '../model/annotation';
import { exportBrat, importBrat } from './brat';
import { spanTarget } from './textAnchor';
import {
  annotation,
  everyKind,
  idFactory,
  NOW,
  SYNTHETIC_TEXT,
  spanOf,
  textDocument,
} from './testFixtures';

const MEDDOCAN = join(CORPUS_DIR, 'medical/meddocan/test_brat');
const pairs = readdirSync(MEDDOCAN)
  .filter((f) => f.endsWith('.ann'))
  .sort()
  .map((ann) => ann.slice(0, -4));

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

describe('BRAT round trip on MEDDOCAN', () => {
  it('has the 80 test documents', () => {
    expect(pairs).toHaveLength(80);
  });

  it.each(pairs)('%s: .txt and .ann come back byte for byte', (name) => {
    const txt = readFileSync(join(MEDDOCAN, `${name}.txt`));
    const ann = readFileSync(join(MEDDOCAN, `${name}.ann`));
    // Decoded as the app decodes files: strict UTF-8, byte-order mark dropped (10 files have one).
    const plain = textDocument(decodeText(txt), `${name}.txt`);
    const doc = { ...plain, content: { ...plain.content, bytes: new Uint8Array(txt) } };
    const files = [
      { name: `${name}.ann`, text: decodeText(ann) },
      { name: `${name}.txt`, text: decodeText(txt) },
    ];
    const imported = importBrat(files, doc);
    expect(imported.report.lossless).toBe(true);
    expect(imported.report.issues).toEqual([]);
    const exported = exportBrat([{ ...doc, annotations: imported.annotations }]);
    expect(exported.report.lossless).toBe(true);
    const [outTxt, outAnn] = exported.files;
    expect(outTxt?.name).toBe(`${name}.txt`);
    expect(bytes(outTxt?.text ?? '').equals(txt)).toBe(true);
    expect(bytes(outAnn?.text ?? '').equals(ann)).toBe(true);
  });
});

describe('BRAT on text with emoji, combining marks and RTL', () => {
  const doc = textDocument(SYNTHETIC_TEXT);
  const text = doc.content.text;
  const next = idFactory();
  const [a, b, c] = [next(), next(), next()];
  const emoji = text.indexOf('😀');
  const daily = text.indexOf('daily');
  const originals: Annotation[] = [
    annotation(
      doc,
      a,
      spanOf(doc, 'cafe\u0301'),
      { labels: ['Substance'] },
      { externalIds: { brat: 'T1' } },
    ),
    annotation(
      doc,
      b,
      spanTarget(text, [
        { start: emoji, end: emoji + 2 },
        { start: daily, end: daily + 5 },
      ]),
      {
        labels: ['Frequency'],
        rationale: 'emoji then a word',
        relations: [{ type: 'Modifies', targetId: a }],
      },
      { externalIds: { brat: 'T2' } },
    ),
    annotation(
      doc,
      c,
      spanOf(doc, 'مرض السكري'),
      {
        labels: ['Diagnosis'],
        codes: [
          {
            system: 'UMLS',
            code: 'C0011849',
            display: 'Diabetes Mellitus',
            purpose: 'identifying',
          },
        ],
      },
      { externalIds: { brat: 'T3' } },
    ),
  ];

  it('writes code-point offsets and discontinuous fragments', () => {
    const ann = exportBrat([{ ...doc, annotations: originals }]).files[1]?.text ?? '';
    const cp = [...text.slice(0, emoji)].length;
    expect(ann).toContain(`T2\tFrequency ${cp} ${cp + 1};${cp + 2} ${cp + 7}\t😀 daily\n`);
    expect(ann).toContain('R1\tModifies Arg1:T2 Arg2:T1\n');
    expect(ann).toContain('N1\tReference T3 UMLS:C0011849\tDiabetes Mellitus\n');
    expect(ann).toContain('#1\tAnnotatorNotes T2\temoji then a word\n');
  });

  it('reads back what it writes', () => {
    const exported = exportBrat([{ ...doc, annotations: originals }]);
    const files = exported.files.map((f) => ({ name: f.name, text: f.text }));
    const imported = importBrat(files, doc, { newId: idFactory(), now: NOW });
    expect(imported.annotations).toEqual(originals);
  });

  it('keeps random spans on random text (property)', () => {
    const pieces = ['a', '😀', 'e\u0301', 'ש', ' ', '\n', '👩‍⚕️'];
    const textArb = fc
      .array(fc.constantFrom(...pieces), { minLength: 2, maxLength: 50 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        (body, picks) => {
          const d = textDocument(body);
          const cuts = [0];
          for (const ch of body) cuts.push((cuts[cuts.length - 1] ?? 0) + ch.length);
          const ids = idFactory();
          const list = picks
            .map(([x, y]) => {
              const s = cuts[x % cuts.length] ?? 0;
              const e = cuts[y % cuts.length] ?? 0;
              return { start: Math.min(s, e), end: Math.max(s, e) };
            })
            .filter((p) => p.end > p.start && !/[\r\n]/.test(body.slice(p.start, p.end)))
            .map((p, i) =>
              annotation(
                d,
                ids(),
                spanTarget(body, [p]),
                { labels: ['X'] },
                { externalIds: { brat: `T${i + 1}` } },
              ),
            );
          const files = exportBrat([{ ...d, annotations: list }]).files;
          expect(importBrat(files, d, { newId: idFactory(), now: NOW }).annotations).toEqual(list);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports what brat cannot hold', () => {
    const item = everyKind(doc);
    const { report } = exportBrat([item]);
    expect(report.summary).toMatchObject({
      'not-a-span': 2,
      'multi-label': 1,
      confidence: 1,
      'pre-annotation': 1,
    });
    expect(report.lossless).toBe(false);
  });

  it('rejects lines whose text does not match the offsets, naming the line', () => {
    const ann = 'T1\tX 0 4\tWrong\nA1\tNegated T1\nT2\tY 13 20\treports\n';
    const { annotations, report } = importBrat([{ name: 'n.ann', text: ann }], doc);
    expect(annotations.map((x) => x.body.labels)).toEqual([['Y']]);
    expect(report.issues.map((i) => i.message)).toEqual([
      'n.ann line 1: the text at the offsets is "Pati", not "Wrong"',
      'n.ann line 2: brat attributes are not imported',
    ]);
  });
});
