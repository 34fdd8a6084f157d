/**
 * Every format that imports gives back what it exported, on corpus documents of each domain:
 * a CUAD contract, a clinical note, a 10-K filing and a PubMed abstract. Spans stay within a line
 * and carry one label, which every one of these formats can hold exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../testing/corpusFile';
import { decodeText } from '../files/decodeText';
import { formatsFor } from './registry';
import { spanTarget } from './textAnchor';
import { annotation, idFactory, NOW, textDocument } from './testFixtures';

const root = CORPUS_DIR;

const first = (dir: string): string => join(dir, readdirSync(join(root, dir)).sort()[0] ?? '');
const DOCUMENTS = [
  first('legal/cuad/txt'),
  'medical/aci_bench/notes/D2N072_note.txt',
  'finance/sec_10k/medicis-10-k-1999_0000950153-99-001234.txt',
  first('medical/ncbi_disease_text'),
];

describe.each(DOCUMENTS)('%s', (path) => {
  const text = decodeText(readFileSync(join(root, path)));
  const doc = textDocument(text, path.split('/').pop());
  const span = fc
    .tuple(fc.nat(text.length - 1), fc.nat(200), fc.constantFrom('Party', 'Date', 'Dx'))
    .map(([start, len, label]) => {
      const lineEnd = text.indexOf('\n', start);
      const end = Math.min(start + len + 1, lineEnd < 0 ? text.length : lineEnd);
      return { start, end: Math.max(start + 1, end), label };
    });

  it.each(formatsFor('import').map((f) => [f.id, f] as const))(
    '%s keeps labelled spans (property)',
    (_id, format) => {
      fc.assert(
        fc.property(fc.array(span, { maxLength: 10 }), (spans) => {
          const next = idFactory();
          const list = spans
            .filter((s) => !/[\r\n]/.test(text.slice(s.start, s.end)))
            .map((s) => annotation(doc, next(), spanTarget(text, [s]), { labels: [s.label] }));
          const files = format.export?.([{ ...doc, annotations: list }]).files ?? [];
          const back = format.import?.(files, doc, { now: NOW });
          expect(back?.report.issues).toEqual([]);
          const strip = (a: (typeof list)[number]) => ({ target: a.target, body: a.body });
          expect(back?.annotations.map(strip)).toEqual(list.map(strip));
        }),
        { numRuns: 15 },
      );
    },
  );
});
