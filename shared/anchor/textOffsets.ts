/**
 * Canonical-text offsets (UTF-16 code units, as every anchor stores them) ↔ line/column positions
 * (1-based, columns in UTF-16 code units within the line, as Monaco counts them).
 *
 * Lines break at CRLF, lone CR and LF — the same three terminators Monaco's text model splits on —
 * so a line's content is the same string in both. We never use the editor's own offsets: Monaco
 * normalises mixed line endings to one EOL, which would shift every offset after the first
 * mismatch. U+2028/U+2029/U+0085 are not line breaks here (Monaco leaves them inside the line too).
 */
export interface LinePosition {
  readonly lineNumber: number;
  readonly column: number;
}

/** Converts between canonical-text offsets and line/column positions. */
export interface OffsetMap {
  positionAt(offset: number): LinePosition;
  offsetAt(position: LinePosition): number;
}

const LF = 10;

export class LineIndex implements OffsetMap {
  /** `starts[i]` is the offset of line i+1's first code unit. */
  private readonly starts: Uint32Array;
  /** `ends[i]` is the offset just past line i+1's content (its terminator excluded). */
  private readonly ends: Uint32Array;

  private constructor(
    readonly length: number,
    starts: Uint32Array,
    ends: Uint32Array,
  ) {
    this.starts = starts;
    this.ends = ends;
  }

  static of(text: string): LineIndex {
    let starts = new Uint32Array(1024);
    let ends = new Uint32Array(1024);
    let count = 0;
    let lineStart = 0;
    const push = (end: number, next: number): void => {
      if (count === starts.length) {
        const grownStarts = new Uint32Array(count * 2);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownEnds = new Uint32Array(count * 2);
        grownEnds.set(ends);
        ends = grownEnds;
      }
      starts[count] = lineStart;
      ends[count] = end;
      count++;
      lineStart = next;
    };
    // indexOf scans natively, many times faster than reading code units one by one in a 10 MB text.
    let nextLf = text.indexOf('\n');
    let nextCr = text.indexOf('\r');
    for (;;) {
      const at = nextCr < 0 ? nextLf : nextLf < 0 ? nextCr : Math.min(nextLf, nextCr);
      if (at < 0) break;
      if (at === nextCr && text.charCodeAt(at + 1) === LF) {
        push(at, at + 2);
        nextLf = text.indexOf('\n', at + 2);
        nextCr = text.indexOf('\r', at + 2);
      } else {
        push(at, at + 1);
        if (at === nextLf) nextLf = text.indexOf('\n', at + 1);
        else nextCr = text.indexOf('\r', at + 1);
      }
    }
    push(text.length, text.length);
    return new LineIndex(text.length, starts.slice(0, count), ends.slice(0, count));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the line's first code unit. */
  lineStart(lineNumber: number): number {
    return this.starts[this.clampLine(lineNumber) - 1] ?? 0;
  }

  /** Offset just past the line's content, before its terminator. */
  lineEnd(lineNumber: number): number {
    return this.ends[this.clampLine(lineNumber) - 1] ?? 0;
  }

  /** The line holding `offset`. An offset inside a terminator belongs to the line it ends. */
  lineOf(offset: number): number {
    const target = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] ?? 0) <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The position of an offset; offsets inside a CRLF (or past the end) clamp to the line's end. */
  positionAt(offset: number): LinePosition {
    const lineNumber = this.lineOf(offset);
    const start = this.lineStart(lineNumber);
    const clamped = Math.max(start, Math.min(offset, this.lineEnd(lineNumber)));
    return { lineNumber, column: clamped - start + 1 };
  }

  /** The offset of a position; columns past the line's end clamp to it. */
  offsetAt(position: LinePosition): number {
    const start = this.lineStart(position.lineNumber);
    const end = this.lineEnd(position.lineNumber);
    return Math.max(start, Math.min(start + position.column - 1, end));
  }

  private clampLine(lineNumber: number): number {
    return Math.max(1, Math.min(Math.trunc(lineNumber), this.starts.length));
  }
}
