/** Helpers the JSON Lines training exports share. */
import type { Annotation } from '../model/annotation';
import { baseName } from './fileNames';
import type { ReportBuilder } from './report';
import type { ExportItem, OutputFile } from './types';

export interface TrainingOptions {
  /**
   * Include model pre-annotations nobody has confirmed. Off by default: training a model on
   * another model's unreviewed guesses is rarely what a requester wants.
   */
  readonly includePreAnnotations?: boolean;
}

/** The annotations fit for training; unconfirmed pre-annotations are reported, not silently left. */
export function trainingAnnotations(
  item: ExportItem,
  report: ReportBuilder,
  options: TrainingOptions | undefined,
): Annotation[] {
  return item.annotations.filter((annotation) => {
    report.counts.annotationsRead++;
    if (!annotation.preAnnotation || options?.includePreAnnotations) return true;
    report.skip({
      kind: 'warning',
      code: 'unconfirmed',
      message: 'an unconfirmed pre-annotation was left out of training data',
      documentId: item.record.id,
      annotationId: annotation.id,
    });
    return false;
  });
}

export function jsonlFile(
  items: readonly ExportItem[],
  suffix: string,
  lines: readonly unknown[],
): OutputFile {
  const single = items.length === 1 ? items[0] : undefined;
  const name = single ? `${baseName(single.record.name)}.${suffix}.jsonl` : `${suffix}.jsonl`;
  return {
    name,
    mediaType: 'application/jsonl',
    text: lines.map((line) => `${JSON.stringify(line)}\n`).join(''),
  };
}
