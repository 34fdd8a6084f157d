/**
 * The guard every export runs first. Annotations reach an export from the local database, the
 * platform or a file; one whose target is not a place in its document (offsets past the text,
 * fragments out of order, a page the document lacks) would make offset conversions wrong or walk
 * billions of positions. Such annotations are left out and reported, and the rest are exported.
 */
import { targetShapeProblem, type TargetDocument } from '../sync/targetCheck';
import type { ReportBuilder } from './report';
import type { ExportItem } from './types';

function targetDocument(item: ExportItem): TargetDocument {
  const { content, record } = item;
  return {
    text: content.text,
    ...(record.kind === 'pdf'
      ? { pageCount: record.pageCount ?? content.pageStarts?.length ?? 0 }
      : {}),
    ...(content.pageStarts ? { pageStarts: content.pageStarts } : {}),
  };
}

/** The items with only the annotations whose targets fit their documents; the rest are skipped. */
export function exportable(items: readonly ExportItem[], report: ReportBuilder): ExportItem[] {
  return items.map((item) => {
    const document = targetDocument(item);
    const fitting = item.annotations.filter((annotation) => {
      const problem = targetShapeProblem(annotation.target, document);
      if (!problem) return true;
      report.counts.annotationsRead++;
      report.skip({
        kind: 'invalid',
        code: 'bad-target',
        message: `its ${annotation.target.kind} target is not a place in this document (${problem})`,
        documentId: item.record.id,
        annotationId: annotation.id,
      });
      return false;
    });
    return fitting.length === item.annotations.length ? item : { ...item, annotations: fitting };
  });
}
