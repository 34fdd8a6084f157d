/**
 * W3C Web Annotation Data Model (JSON-LD), our canonical exchange format.
 *
 * Positions: TextPositionSelector counts Unicode code points, as the model requires; we convert
 * from and to our UTF-16 offsets. For PDFs, positions count code points in the canonical text
 * (page texts joined by a form feed, see shared/anchor/pageText.ts), and a second, page-relative
 * form (`page=N` refined by a position in that page's text) is given for other tools.
 */
import { codePointIndex } from '../anchor/codePoints';
import type { Annotation } from '../model/annotation';
import { newId } from '../model/ids';
import { baseName } from './fileNames';
import { ReportBuilder } from './report';
import { exportable } from './exportable';
import type { DocumentInput, ExportItem, ExportResult } from './types';
import { annotationToW3c } from './w3cOut';
import { documentIri, MEDIA_TYPE, W3C_CONTEXT } from './w3cVocab';

export { importW3c, type W3cImportOptions } from './w3cImport';

type Json = Record<string, unknown>;

/** One annotation as a standalone W3C Web Annotation (with @context). */
export function toW3cAnnotation(item: DocumentInput, annotation: Annotation): Json {
  const ctx = {
    text: item.content.text,
    index: codePointIndex(item.content.text),
    ...(item.content.pageStarts ? { pageStarts: item.content.pageStarts } : {}),
    documentIri: documentIri(item.record),
    onSplitPair: () => undefined,
  };
  return { '@context': W3C_CONTEXT, ...annotationToW3c(ctx, annotation) };
}

/** All annotations of the given documents as one AnnotationCollection with an embedded page. */
export function exportW3c(given: readonly ExportItem[]): ExportResult {
  const report = new ReportBuilder('w3c', 'export');
  const items = exportable(given, report);
  const annotations: Json[] = [];
  for (const item of items) {
    report.counts.documents++;
    const index = codePointIndex(item.content.text);
    for (const annotation of item.annotations) {
      report.counts.annotationsRead++;
      const ctx = {
        text: item.content.text,
        index,
        ...(item.content.pageStarts ? { pageStarts: item.content.pageStarts } : {}),
        documentIri: documentIri(item.record),
        onSplitPair: () =>
          report.add({
            kind: 'lossy',
            code: 'split-surrogate',
            message: 'an offset fell inside an emoji (a surrogate pair) and was moved to its start',
            documentId: item.record.id,
            annotationId: annotation.id,
          }),
      };
      annotations.push(annotationToW3c(ctx, annotation));
      report.counts.annotationsWritten++;
      report.counts.records++;
    }
  }
  const single = items.length === 1 ? items[0] : undefined;
  const collection = {
    '@context': W3C_CONTEXT,
    id: single ? `${documentIri(single.record)}#annotations` : `urn:uuid:${newId()}`,
    type: 'AnnotationCollection',
    label: single
      ? `Annotations on ${single.record.name}`
      : `Annotations on ${items.length} documents`,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
  const name = single ? `${baseName(single.record.name)}.annotations.jsonld` : 'annotations.jsonld';
  return {
    files: [{ name, mediaType: MEDIA_TYPE, text: `${JSON.stringify(collection, null, 2)}\n` }],
    report: report.finish(),
  };
}
