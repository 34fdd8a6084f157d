import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../testing/corpusFile';
import { exportConll } from './conll';
import { spanTarget } from './textAnchor';
import {
  annotation,
  everyKind,
  idFactory,
  SYNTHETIC_TEXT,
  spanOf,
  textDocument,
} from './testFixtures';
import { tokenize } from './tokenize';

const CORPUS = CORPUS_DIR;
const words = (text: string): string[][] => tokenize(text).map((s) => s.map((t) => t.text));

describe('tokenizer', () => {
  it('keeps emoji sequences, combining marks, codes and RTL words whole', () => {
    expect(words(SYNTHETIC_TEXT)).toEqual([
      ['Patient', '👩‍⚕️', 'reports', 'cafe\u0301', 'intake', '😀', 'daily', '.'],
      ['שלום', 'עולם', ':', 'diagnosis', 'مرض', 'السكري', 'confirmed', '.'],
      ['Plan', ':', 'metformin', '500', 'mg', '.'],
    ]);
    expect(words('Code E11.9, dose 2.5mg.')).toEqual([
      ['Code', 'E11.9', ',', 'dose', '2.5mg', '.'],
    ]);
  });

  it('gives offsets that slice back to the token (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        for (const sentence of tokenize(text)) {
          for (const token of sentence) {
            expect(text.slice(token.start, token.end)).toBe(token.text);
            expect(token.text).toMatch(/\S/);
          }
        }
      }),
    );
  });
  it('cuts a filing-sized line into runs without changing its tokens', () => {
    const filing = readFileSync(join(CORPUS, 'finance/sec_10k/nvda-10-k-2025-02-26.txt'), 'utf8');
    const oneLine = filing.replace(/\n/g, ' ');
    const started = performance.now();
    const tokens = tokenize(oneLine).flat();
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(tokens.map((t) => t.text)).toEqual(
      tokenize(filing)
        .flat()
        .map((t) => t.text),
    );
  });
});

describe('CoNLL BIO export', () => {
  const doc = textDocument('Acme Corp. pays Beta LLC.\nDue in 30 days.');

  it('writes tokens and IOB2 tags, a blank line after each sentence', () => {
    const next = idFactory();
    const list = [
      annotation(doc, next(), spanOf(doc, 'Acme Corp.'), { labels: ['ORG'] }),
      annotation(doc, next(), spanOf(doc, 'Beta LLC'), { labels: ['ORG'] }),
      annotation(doc, next(), spanOf(doc, '30 days'), { labels: ['DURATION'] }),
    ];
    const { files, report } = exportConll([{ ...doc, annotations: list }]);
    expect(files[0]?.text).toBe(
      '-DOCSTART- O\n\nAcme B-ORG\nCorp I-ORG\n. I-ORG\npays O\nBeta B-ORG\nLLC I-ORG\n. O\n\nDue O\nin O\n30 B-DURATION\ndays I-DURATION\n. O\n\n',
    );
    expect(report.lossless).toBe(true);
    expect(report.counts.records).toBe(12);
  });

  it('widens spans that cut a token, or leaves them out, and says so', () => {
    const cut = annotation(doc, idFactory()(), spanOf(doc, 'cme'), { labels: ['ORG'] });
    const widened = exportConll([{ ...doc, annotations: [cut] }]);
    expect(widened.files[0]?.text).toContain('Acme B-ORG\n');
    expect(widened.report.summary).toEqual({ 'partial-token': 1 });
    const skipped = exportConll([{ ...doc, annotations: [cut] }], { partialTokens: 'skip' });
    expect(skipped.files[0]?.text).toContain('Acme O\n');
    expect(skipped.report.issues[0]).toMatchObject({ kind: 'unsupported', code: 'partial-token' });
  });

  it('reports overlaps, sentence breaks, discontinuous and multi-label spans', () => {
    const next = idFactory();
    const text = doc.content.text;
    const list = [
      annotation(doc, next(), spanOf(doc, 'Acme Corp. pays'), { labels: ['CLAUSE'] }),
      annotation(doc, next(), spanOf(doc, 'Acme'), { labels: ['ORG'] }),
      annotation(doc, next(), spanOf(doc, 'LLC.\nDue'), { labels: ['X', 'Y'] }),
      annotation(
        doc,
        next(),
        spanTarget(text, [
          { start: 0, end: 4 },
          { start: 16, end: 20 },
        ]),
        { labels: ['PAIR'] },
      ),
    ];
    const { report } = exportConll([{ ...doc, annotations: list }]);
    expect(report.summary).toEqual({
      overlap: 2,
      discontinuous: 1,
      'crosses-sentence': 1,
      'multi-label': 1,
    });
    expect(report.counts).toMatchObject({
      annotationsRead: 4,
      annotationsWritten: 2,
      annotationsSkipped: 2,
    });
  });

  it('reports everything it cannot tag on every annotation kind', () => {
    const { report } = exportConll([everyKind(textDocument(SYNTHETIC_TEXT))]);
    expect(report.summary).toEqual({
      'not-a-span': 2,
      unconfirmed: 1,
      'multi-label': 1,
      discontinuous: 1,
    });
  });

  it('gives back token-aligned spans on a 10-K filing (property)', () => {
    const text = readFileSync(
      join(CORPUS, 'finance/sec_10k/nvda-10-k-2025-02-26.txt'),
      'utf8',
    ).slice(0, 20_000);
    const filing = textDocument(text);
    const sentences = tokenize(text);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(sentences.length - 1), { maxLength: 15 }),
        fc.nat(),
        (picks, seed) => {
          const next = idFactory();
          const list = picks.map((s, k) => {
            const tokens = sentences[s] ?? [];
            const from = (seed + k) % tokens.length;
            const to = Math.min(tokens.length - 1, from + (seed % 4));
            const piece = { start: tokens[from]?.start ?? 0, end: tokens[to]?.end ?? 0 };
            return annotation(filing, next(), spanTarget(text, [piece]), {
              labels: [k % 2 ? 'MONEY' : 'ORG'],
            });
          });
          const { files, report } = exportConll([{ ...filing, annotations: list }], {
            docStart: false,
          });
          expect(report.lossless).toBe(true);
          // Read the tags back into entities and compare with the spans.
          const rows = (files[0]?.text ?? '').split('\n\n').map((block) =>
            block
              .split('\n')
              .filter(Boolean)
              .map((l) => l.split(' ')[1] ?? ''),
          );
          const got: string[] = [];
          rows.forEach((tags, s) =>
            tags.forEach((tag, i) => {
              if (!tag.startsWith('B-')) return;
              let end = i;
              while (tags[end + 1]?.startsWith('I-')) end++;
              const tokens = sentences[s] ?? [];
              got.push(`${tokens[i]?.start}-${tokens[end]?.end}:${tag.slice(2)}`);
            }),
          );
          const want = list.map((a) =>
            a.target.kind === 'span'
              ? `${a.target.position.start}-${a.target.position.end}:${a.body.labels[0]}`
              : '',
          );
          expect(got.sort()).toEqual(want.sort());
        },
      ),
      { numRuns: 20 },
    );
  });
});
