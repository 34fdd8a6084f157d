import { describe, expect, it } from 'vitest';
import { FORMATS, formatById, formatsFor } from './registry';
import {
  everyKind,
  NOW,
  PDF_PAGES,
  pdfDocument,
  pdfKinds,
  SYNTHETIC_TEXT,
  textDocument,
} from './testFixtures';

describe('format registry', () => {
  const items = [everyKind(textDocument(SYNTHETIC_TEXT)), pdfKinds(pdfDocument(PDF_PAGES))];

  it('lists each format once, with its directions', () => {
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    expect(formatsFor('import').map((f) => f.id)).toEqual(['w3c', 'label-studio', 'brat']);
    expect(formatsFor('export')).toHaveLength(7);
    expect(formatById('conll')?.label).toBe('CoNLL BIO');
    for (const format of FORMATS) {
      expect(Boolean(format.export)).toBe(format.directions.includes('export'));
      expect(Boolean(format.import)).toBe(format.directions.includes('import'));
    }
  });

  it.each(FORMATS.map((f) => [f.id, f] as const))(
    '%s exports a project with a report and named files',
    (_id, format) => {
      const result = format.export?.(items);
      expect(result?.report.format).toBe(format.id);
      expect(result?.report.counts.documents).toBe(2);
      for (const file of result?.files ?? []) {
        expect(format.extensions.some((ext) => file.name.endsWith(ext))).toBe(true);
      }
    },
  );

  it.each(formatsFor('import').map((f) => [f.id, f] as const))(
    '%s imports what it exported',
    (_id, format) => {
      const [item] = items;
      if (!item) throw new Error('no item');
      const files = format.export?.([item]).files ?? [];
      const result = format.import?.(files, item, { now: NOW });
      expect(result?.report.counts.annotationsWritten).toBeGreaterThan(0);
      expect(result?.report.issues.filter((i) => i.kind === 'invalid')).toEqual([]);
    },
  );
});
