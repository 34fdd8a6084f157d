/**
 * Span JSONL for token classification: one line per document,
 * `{"text": …, "spans": [{"start", "end", "label"}]}`. Offsets count Unicode code points by
 * default (Python string indices, what spaCy and Hugging Face pipelines slice with); `utf16`
 * gives JavaScript string indices instead.
 */
import { codePointIndex } from '../anchor/codePoints';
import { jsonlFile, trainingAnnotations, type TrainingOptions } from './jsonl';
import { ReportBuilder } from './report';
import { exportable } from './exportable';
import { spanPieces } from './textAnchor';
import type { ExportItem, ExportResult } from './types';

export interface SpanJsonlOptions extends TrainingOptions {
  readonly offsetUnit?: 'codePoint' | 'utf16';
  /** Add `meta: {document, documentId}` to each line. */
  readonly includeMeta?: boolean;
}

export interface SpanLine {
  readonly text: string;
  readonly spans: readonly { start: number; end: number; label: string }[];
  readonly meta?: { document: string; documentId: string };
}

export function exportSpanJsonl(
  given: readonly ExportItem[],
  options?: SpanJsonlOptions,
): ExportResult {
  const report = new ReportBuilder('span-jsonl', 'export');
  const items = exportable(given, report);
  const lines = items.map((item): SpanLine => {
    report.counts.documents++;
    const index = codePointIndex(item.content.text);
    const unit = (offset: number): number =>
      options?.offsetUnit === 'utf16' ? offset : (index.toCodePoint(offset) ?? 0);
    const spans: { start: number; end: number; label: string }[] = [];
    for (const annotation of trainingAnnotations(item, report, options)) {
      const { target, body } = annotation;
      const about = { documentId: item.record.id, annotationId: annotation.id };
      if (target.kind !== 'span') {
        report.skip({
          kind: 'unsupported',
          code: 'not-a-span',
          message: `a ${target.kind} annotation has no span`,
          ...about,
        });
        continue;
      }
      if (body.labels.length === 0) {
        report.skip({
          kind: 'unsupported',
          code: 'no-label',
          message: 'a span without a label',
          ...about,
        });
        continue;
      }
      const pieces = spanPieces(target);
      if (pieces.length > 1)
        report.add({
          kind: 'lossy',
          code: 'discontinuous',
          message: `a discontinuous span was written as ${pieces.length} spans`,
          ...about,
        });
      for (const field of ['rationale', 'codes', 'relations'] as const) {
        if (body[field] !== undefined)
          report.add({
            kind: 'lossy',
            code: `no-${field}`,
            message: `span JSONL has no ${field}`,
            ...about,
          });
      }
      for (const piece of pieces) {
        for (const label of body.labels)
          spans.push({ start: unit(piece.start), end: unit(piece.end), label });
      }
      report.counts.annotationsWritten++;
    }
    spans.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
    report.counts.records += spans.length;
    return {
      text: item.content.text,
      spans,
      ...(options?.includeMeta
        ? { meta: { document: item.record.name, documentId: item.record.id } }
        : {}),
    };
  });
  return { files: [jsonlFile(items, 'spans', lines)], report: report.finish() };
}
