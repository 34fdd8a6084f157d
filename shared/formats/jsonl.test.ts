import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../testing/corpusFile';
import { exportChatJsonl } from './chatJsonl';
import { exportPreferenceJsonl } from './preferenceJsonl';
import { exportSpanJsonl, type SpanLine } from './spanJsonl';
import { spanTarget } from './textAnchor';
import {
  annotation,
  everyKind,
  idFactory,
  piece,
  SYNTHETIC_TEXT,
  spanOf,
  textDocument,
} from './testFixtures';
import type { ExportResult } from './types';

const CORPUS = CORPUS_DIR;
const lines = <T>(result: ExportResult): T[] =>
  (result.files[0]?.text ?? '')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);

/** Slices by code points, as Python does with these offsets. */
const pySlice = (text: string, start: number, end: number): string =>
  [...text].slice(start, end).join('');

describe('span JSONL', () => {
  const item = everyKind(textDocument(SYNTHETIC_TEXT));

  it('writes code-point offsets that Python slices back to the annotated text', () => {
    const [line] = lines<SpanLine>(exportSpanJsonl([item]));
    expect(line?.text).toBe(SYNTHETIC_TEXT);
    const got = line?.spans.map((s) => [pySlice(SYNTHETIC_TEXT, s.start, s.end), s.label]);
    expect(got).toEqual([
      ['cafe\u0301', 'Diet'],
      ['cafe\u0301', 'Substance'],
      ['😀', 'Frequency'],
      ['daily', 'Frequency'],
      ['مرض السكري', 'Diagnosis'],
    ]);
  });

  it('writes JavaScript offsets on request', () => {
    const [line] = lines<SpanLine>(
      exportSpanJsonl([item], { offsetUnit: 'utf16', includeMeta: true }),
    );
    const emoji = line?.spans.find((s) => s.label === 'Frequency');
    expect(SYNTHETIC_TEXT.slice(emoji?.start, emoji?.end)).toBe('😀');
    expect(line?.meta?.document).toBe('note.txt');
  });

  it('reports what a span list cannot hold and leaves unconfirmed pre-annotations out', () => {
    const { report } = exportSpanJsonl([item]);
    expect(report.summary).toEqual({
      'not-a-span': 2,
      discontinuous: 1,
      'no-rationale': 1,
      'no-codes': 1,
      'no-relations': 1,
      unconfirmed: 1,
    });
    expect(report.counts).toMatchObject({
      annotationsRead: 6,
      annotationsWritten: 3,
      annotationsSkipped: 3,
    });
    const withPre = lines<SpanLine>(exportSpanJsonl([item], { includePreAnnotations: true }));
    expect(withPre[0]?.spans.some((s) => s.label === 'Drug')).toBe(true);
  });

  it('gives back every labelled span of a clinical note (property)', () => {
    const text = readFileSync(join(CORPUS, 'medical/aci_bench/notes/D2N070_note.txt'), 'utf8');
    const doc = textDocument(text);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(text.length), fc.nat(80), fc.constantFrom('A', 'B')), {
          maxLength: 12,
        }),
        (picks) => {
          const next = idFactory();
          const list = picks.map(([s, len, label]) =>
            annotation(doc, next(), spanTarget(text, [piece(text, s, s + len)]), {
              labels: [label],
            }),
          );
          const [line] = lines<SpanLine>(exportSpanJsonl([{ ...doc, annotations: list }]));
          const want = list
            .map((a) =>
              a.target.kind === 'span' ? `${a.target.quote.exact}|${a.body.labels[0]}` : '',
            )
            .sort();
          expect(
            line?.spans.map((s) => `${pySlice(text, s.start, s.end)}|${s.label}`).sort(),
          ).toEqual(want);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('chat JSONL', () => {
  const doc = textDocument(SYNTHETIC_TEXT);

  it('makes one conversation per annotation with a rationale', () => {
    const out = lines<{ messages: { role: string; content: string }[] }>(
      exportChatJsonl([everyKind(doc)], { systemPrompt: 'You are a clinical coder.' }),
    );
    expect(out).toHaveLength(2);
    expect(out[0]?.messages).toEqual([
      { role: 'system', content: 'You are a clinical coder.' },
      {
        role: 'user',
        content: 'Classify the passage and explain your reasoning.\n\nPassage:\nمرض السكري',
      },
      {
        role: 'assistant',
        content:
          'Label: Diagnosis\nCode: icd10cm E11.9 (Type 2 diabetes mellitus without complications)\n\nArabic for diabetes — the note states it as confirmed.',
      },
    ]);
    expect(out[1]?.messages[1]?.content).toBe(
      `Read the document and give your interpretation.\n\n${SYNTHETIC_TEXT}`,
    );
  });

  it('shows context around the passage on request and reports what it leaves out', () => {
    const note = annotation(doc, idFactory()(), spanOf(doc, 'metformin'), {
      labels: ['Drug'],
      rationale: 'first-line',
    });
    const result = exportChatJsonl([{ ...doc, annotations: [note] }], { contextChars: 6 });
    const [line] = lines<{ messages: { content: string }[] }>(result);
    expect(line?.messages[0]?.content).toContain('Plan: [metformin] 500 m');
    expect(exportChatJsonl([everyKind(doc)]).report.summary).toEqual({
      'no-rationale': 3,
      'no-relations': 1,
      unconfirmed: 1,
    });
  });
});

describe('preference pairs', () => {
  const doc = textDocument(SYNTHETIC_TEXT);
  type Pair = {
    input: { messages: { content: string }[] };
    preferred_output: { content: string }[];
    non_preferred_output: { content: string }[];
  };
  const pairs = (mode: 'all' | 'best-vs-rest' | 'adjacent'): string[] =>
    lines<Pair>(exportPreferenceJsonl([everyKind(doc)], { pairs: mode })).map(
      (p) => `${p.preferred_output[0]?.content} > ${p.non_preferred_output[0]?.content}`,
    );

  it('orders every pair of a ranking, best first', () => {
    const [first] = lines<Pair>(exportPreferenceJsonl([everyKind(doc)]));
    expect(first?.input.messages).toEqual([{ role: 'user', content: 'Summarise the plan.' }]);
    expect(pairs('all')).toEqual([
      'Start metformin 500 mg. > Metformin.',
      'Start metformin 500 mg. > No change.',
      'Metformin. > No change.',
    ]);
    expect(pairs('best-vs-rest')).toHaveLength(2);
    expect(pairs('adjacent')).toEqual([
      'Start metformin 500 mg. > Metformin.',
      'Metformin. > No change.',
    ]);
  });

  it('reports ties and annotations that are not rankings', () => {
    const tied = annotation(
      doc,
      idFactory()(),
      { kind: 'document' },
      {
        ranking: {
          answers: [
            { id: 'a', text: 'x', rank: 1 },
            { id: 'b', text: 'y', rank: 1 },
            { id: 'c', text: 'z', rank: 2 },
          ],
        },
      },
    );
    const { report, files } = exportPreferenceJsonl([{ ...doc, annotations: [tied] }]);
    expect(files[0]?.text.split('\n').filter(Boolean)).toHaveLength(2);
    expect(report.summary).toEqual({ tie: 1 });
    expect(exportPreferenceJsonl([everyKind(doc)]).report.summary).toEqual({
      'not-a-ranking': 4,
      unconfirmed: 1,
    });
  });
});
