/**
 * Label Studio's task JSON, the parts we read and write. Text regions count Unicode code points
 * (Label Studio fixed its emoji offsets to code points in 2022; older files counted UTF-16 units,
 * which the importer detects by checking each region's `text`). Rectangles are percentages of the
 * page with the origin at its top-left, one page per `item_index`.
 */
import type { PdfRect } from '../model/annotation';

export interface LabelStudioResult {
  readonly id?: string;
  readonly type: string;
  readonly from_name?: string;
  readonly to_name?: string;
  readonly value?: Record<string, unknown>;
  readonly score?: number;
  readonly item_index?: number;
  readonly original_width?: number;
  readonly original_height?: number;
  readonly image_rotation?: number;
  readonly from_id?: string;
  readonly to_id?: string;
  readonly direction?: string;
  readonly labels?: readonly string[];
  readonly origin?: string;
}

export interface LabelStudioAnnotation {
  readonly result: readonly LabelStudioResult[];
  readonly created_at?: string;
  readonly updated_at?: string;
  readonly completed_by?: unknown;
  readonly was_cancelled?: boolean;
}

export interface LabelStudioPrediction {
  readonly result: readonly LabelStudioResult[];
  readonly model_version?: string;
  readonly score?: number;
  readonly created_at?: string;
}

export interface LabelStudioTask {
  readonly id?: number | string;
  readonly data: Record<string, unknown>;
  readonly annotations?: readonly LabelStudioAnnotation[];
  readonly predictions?: readonly LabelStudioPrediction[];
}

/** Control and object tag names; they must match the project's labeling config. */
export interface LabelStudioNames {
  /** The `<Text>` object holding the canonical text (`data.text`). */
  readonly text: string;
  /** The multi-page image object for PDF pages (`data.pdf`). */
  readonly pdf: string;
  readonly labels: string;
  readonly rectangles: string;
  readonly choices: string;
  readonly rationale: string;
  readonly codes: string;
}

export const DEFAULT_NAMES: LabelStudioNames = {
  text: 'text',
  pdf: 'pdf',
  labels: 'label',
  rectangles: 'rect',
  choices: 'choices',
  rationale: 'rationale',
  codes: 'codes',
};

export interface Percent {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** PDF user space (origin bottom-left) to percentages of the page (origin top-left). */
export function toPercent(rect: PdfRect, box: PdfRect): Percent {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  return {
    x: ((Math.min(rect.x1, rect.x2) - box.x1) / w) * 100,
    y: ((box.y2 - Math.max(rect.y1, rect.y2)) / h) * 100,
    width: (Math.abs(rect.x2 - rect.x1) / w) * 100,
    height: (Math.abs(rect.y2 - rect.y1) / h) * 100,
  };
}

export function fromPercent(p: Percent, box: PdfRect): PdfRect {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const x1 = box.x1 + (p.x / 100) * w;
  const y2 = box.y2 - (p.y / 100) * h;
  return { x1, y1: y2 - (p.height / 100) * h, x2: x1 + (p.width / 100) * w, y2 };
}
