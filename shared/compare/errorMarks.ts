/** Error marks inside an answer: offsets into its markdown, checked against the text. */
import type { ErrorMark, ErrorTypeDefinition } from '../model/answerReview';

export interface MarkInput {
  readonly id: string;
  readonly answerId: string;
  readonly start: number;
  readonly end: number;
  readonly errorType: string;
  readonly comment?: string;
}

/** A mark on `text`; throws a RangeError naming the problem for a bad span or unknown type. */
export function makeErrorMark(
  input: MarkInput,
  text: string,
  errorTypes: readonly ErrorTypeDefinition[],
): ErrorMark {
  const { start, end } = input;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length)
    throw new RangeError(
      `span ${start}–${end} is outside answer "${input.answerId}" (0–${text.length})`,
    );
  if (end <= start) throw new RangeError(`span ${start}–${end} is empty`);
  if (!errorTypes.some((t) => t.id === input.errorType))
    throw new RangeError(`unknown error type "${input.errorType}"`);
  return {
    id: input.id,
    answerId: input.answerId,
    start,
    end,
    quote: text.slice(start, end),
    errorType: input.errorType,
    ...(input.comment ? { comment: input.comment } : {}),
  };
}

export interface MarkedSegment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Ids of the marks covering this segment (marks may overlap). */
  readonly markIds: readonly string[];
}

/** The text cut at every mark boundary, each piece with the marks that cover it. */
export function markedSegments(text: string, marks: readonly ErrorMark[]): MarkedSegment[] {
  const inside = marks.filter((m) => m.start < m.end && m.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const m of inside) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end === start) continue;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      markIds: inside.filter((m) => m.start <= start && m.end >= end).map((m) => m.id),
    });
  }
  return segments;
}
