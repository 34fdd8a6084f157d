/**
 * Label Studio JSON export: one task per document with the canonical text in `data.text`;
 * confirmed annotations go to `annotations` (one per creator), pre-annotations to `predictions`
 * (one per model version). See labelStudioShared.ts for units and coordinates.
 */
import { codePointIndex, type CodePointIndex } from '../anchor/codePoints';
import type { Annotation } from '../model/annotation';
import { baseName } from './fileNames';
import { ReportBuilder } from './report';
import { exportable } from './exportable';
import { spanPieces } from './textAnchor';
import type { ExportItem, ExportResult } from './types';
import {
  DEFAULT_NAMES,
  toPercent,
  type LabelStudioNames,
  type LabelStudioResult,
  type LabelStudioTask,
} from './labelStudioShared';

export { importLabelStudio, listLabelStudioTasks } from './labelStudioImport';

export interface LabelStudioExportOptions {
  readonly names?: Partial<LabelStudioNames>;
}

interface Context {
  readonly item: ExportItem;
  readonly index: CodePointIndex;
  readonly names: LabelStudioNames;
  readonly report: ReportBuilder;
}

function lost(ctx: Context, annotation: Annotation, code: string, message: string): void {
  ctx.report.add({
    kind: 'lossy',
    code,
    message,
    documentId: ctx.item.record.id,
    annotationId: annotation.id,
  });
}

/** Result ids: an id from an earlier Label Studio import, else ours, so relations can name them. */
function regionId(annotation: Annotation): string {
  return annotation.externalIds?.['label-studio'] ?? annotation.id;
}

function regionResults(ctx: Context, annotation: Annotation): LabelStudioResult[] {
  const { target, body } = annotation;
  const { names, item } = ctx;
  const id = regionId(annotation);
  const score = annotation.preAnnotation?.score ?? body.confidence;
  const scored = score !== undefined ? { score } : {};
  if (target.kind === 'span') {
    const pieces = spanPieces(target);
    if (pieces.length > 1)
      lost(
        ctx,
        annotation,
        'discontinuous',
        `a discontinuous span was written as ${pieces.length} regions`,
      );
    if (target.pages?.length)
      lost(ctx, annotation, 'page-rects', 'page rectangles of a text span are not written');
    return pieces.flatMap((piece, i): LabelStudioResult[] => {
      const where = {
        start: ctx.index.toCodePoint(piece.start) ?? 0,
        end: ctx.index.toCodePoint(piece.end) ?? 0,
      };
      const rid = i === 0 ? id : `${id}_${i + 1}`;
      const out: LabelStudioResult[] = [
        {
          id: rid,
          from_name: names.labels,
          to_name: names.text,
          type: 'labels',
          value: {
            ...where,
            text: item.content.text.slice(piece.start, piece.end),
            labels: [...body.labels],
          },
          ...scored,
        },
      ];
      if (i > 0) return out;
      if (body.rationale !== undefined)
        out.push({
          id: rid,
          from_name: names.rationale,
          to_name: names.text,
          type: 'textarea',
          value: { ...where, text: [body.rationale] },
        });
      if (body.codes?.length)
        out.push({
          id: rid,
          from_name: names.codes,
          to_name: names.text,
          type: 'taxonomy',
          value: { ...where, taxonomy: body.codes.map((c) => [c.system, c.code]) },
        });
      return out;
    });
  }
  if (target.kind === 'region') {
    const box = item.content.pageBoxes?.[target.page.pageIndex];
    if (!box) {
      lost(
        ctx,
        annotation,
        'no-page-size',
        'a region was left out: the page size is unknown (DocumentContent.pageBoxes)',
      );
      return [];
    }
    if (body.rationale !== undefined || body.codes?.length)
      lost(ctx, annotation, 'region-extras', 'rationale and codes of a region are not written');
    if (target.page.rects.length > 1)
      lost(
        ctx,
        annotation,
        'multi-rect',
        `a region of ${target.page.rects.length} rectangles was written as as many rectangles`,
      );
    return target.page.rects.map((rect, i) => ({
      id: i === 0 ? id : `${id}_${i + 1}`,
      from_name: names.rectangles,
      to_name: names.pdf,
      type: 'rectanglelabels',
      item_index: target.page.pageIndex,
      original_width: box.x2 - box.x1,
      original_height: box.y2 - box.y1,
      image_rotation: 0,
      value: { ...toPercent(rect, box), rotation: 0, rectanglelabels: [...body.labels] },
      ...scored,
    }));
  }
  const out: LabelStudioResult[] = [];
  if (body.labels.length > 0)
    out.push({
      id,
      from_name: names.choices,
      to_name: names.text,
      type: 'choices',
      value: { choices: [...body.labels] },
      ...scored,
    });
  if (body.rationale !== undefined)
    out.push({
      id: `${id}_rationale`,
      from_name: names.rationale,
      to_name: names.text,
      type: 'textarea',
      value: { text: [body.rationale] },
    });
  if (body.codes?.length)
    out.push({
      id: `${id}_codes`,
      from_name: names.codes,
      to_name: names.text,
      type: 'taxonomy',
      value: { taxonomy: body.codes.map((c) => [c.system, c.code]) },
    });
  return out;
}

/** One Label Studio annotation or prediction: its annotations' results plus their relations. */
function group(ctx: Context, annotations: readonly Annotation[]): LabelStudioResult[] {
  const written = new Map<string, string>();
  const results: LabelStudioResult[] = [];
  for (const annotation of annotations) {
    ctx.report.counts.annotationsRead++;
    if (annotation.body.ranking) {
      lost(ctx, annotation, 'ranking', 'answer rankings are not written');
    }
    const out = regionResults(ctx, annotation);
    if (out.length === 0) {
      ctx.report.skip({
        kind: 'unsupported',
        code: 'nothing-to-write',
        message: 'the annotation has nothing Label Studio can show',
        documentId: ctx.item.record.id,
        annotationId: annotation.id,
      });
      continue;
    }
    written.set(annotation.id, regionId(annotation));
    results.push(...out);
    ctx.report.counts.annotationsWritten++;
    if (annotation.body.codes?.some((c) => c.display !== ''))
      lost(
        ctx,
        annotation,
        'code-display',
        'code names are not written (a taxonomy path holds system and code)',
      );
  }
  for (const annotation of annotations) {
    for (const relation of annotation.body.relations ?? []) {
      const from = written.get(annotation.id);
      const to = written.get(relation.targetId);
      if (from && to)
        results.push({
          type: 'relation',
          from_id: from,
          to_id: to,
          direction: 'right',
          labels: [relation.type],
        });
      else if (from)
        lost(
          ctx,
          annotation,
          'relation-across-groups',
          `the ${relation.type} relation points outside this Label Studio annotation`,
        );
    }
  }
  ctx.report.counts.records += results.length;
  return results;
}

function groupBy(
  list: readonly Annotation[],
  key: (a: Annotation) => string,
): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const a of list) groups.set(key(a), [...(groups.get(key(a)) ?? []), a]);
  return groups;
}

function toTask(ctx: Context): LabelStudioTask {
  const { item } = ctx;
  const confirmed = item.annotations.filter((a) => !a.preAnnotation);
  const proposed = item.annotations.filter((a) => a.preAnnotation);
  const creators = groupBy(confirmed, (a) => a.creatorId ?? a.creator?.name ?? '');
  const models = groupBy(proposed, (a) => a.preAnnotation?.modelVersion ?? '');
  const dates = (list: readonly Annotation[]) => ({
    created_at: list.map((a) => a.createdAt).sort()[0],
    updated_at: list
      .map((a) => a.updatedAt)
      .sort()
      .at(-1),
  });
  for (const [key, list] of creators) {
    if (key)
      ctx.report.add({
        kind: 'lossy',
        code: 'creator',
        message: `${list.length} annotations by one creator were written as one Label Studio annotation without its author`,
        documentId: item.record.id,
      });
  }
  return {
    data: {
      [ctx.names.text]: item.content.text,
      ...(item.record.kind === 'pdf' ? { [ctx.names.pdf]: item.record.name } : {}),
      document: item.record.name,
      glossator_document_id: item.record.id,
    },
    annotations: [...creators.values()].map((list) => ({
      result: group(ctx, list),
      ...dates(list),
    })),
    predictions: [...models.entries()].map(([model, list]) => ({
      result: group(ctx, list),
      ...(model ? { model_version: model } : {}),
      ...dates(list),
    })),
  };
}

/** A JSON array of tasks, the shape Label Studio imports and exports. */
export function exportLabelStudio(
  given: readonly ExportItem[],
  options?: LabelStudioExportOptions,
): ExportResult {
  const report = new ReportBuilder('label-studio', 'export');
  const items = exportable(given, report);
  const names = { ...DEFAULT_NAMES, ...options?.names };
  const tasks = items.map((item) => {
    report.counts.documents++;
    return toTask({ item, index: codePointIndex(item.content.text), names, report });
  });
  const name =
    items.length === 1 && items[0]
      ? `${baseName(items[0].record.name)}.label-studio.json`
      : 'label-studio.json';
  return {
    files: [{ name, mediaType: 'application/json', text: `${JSON.stringify(tasks, null, 2)}\n` }],
    report: report.finish(),
  };
}
