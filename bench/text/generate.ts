/**
 * The benchmark's document: a deterministic ~10 MB, 200,000-line text in the style of clinical
 * notes and filings, with 50,000 word-aligned spans of which a fifth overlap or nest in another.
 */
export interface GeneratedSpan {
  readonly start: number;
  readonly end: number;
  readonly label: number;
}

export interface GeneratedDocument {
  readonly text: string;
  readonly spans: GeneratedSpan[];
}

const WORDS = (
  'patient reports chest pain dyspnea exertion fatigue lisinopril metformin mg daily twice ' +
  'hypertension diabetes mellitus heart failure ejection fraction echocardiogram edema bilateral ' +
  'company revenue net sales fiscal quarter operating income risk factors liquidity capital ' +
  'agreement party shall obligation termination indemnify warranty the of and to with for on ' +
  'was is has been history of present illness assessment plan continue increase decrease monitor'
).split(' ');

/** A small, seeded generator: the same document on every run and machine. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDocument(
  lines = 200_000,
  spanCount = 50_000,
  targetBytes = 10 * 1024 * 1024,
  labels = 9,
): GeneratedDocument {
  const random = mulberry32(42);
  const pick = (n: number): number => Math.floor(random() * n);
  const averageLine = targetBytes / lines - 1;
  const parts: string[] = [];
  /** Word boundaries per line: [start, end] offsets of each word. */
  const wordStarts: number[][] = [];
  let offset = 0;
  for (let line = 0; line < lines; line++) {
    // Words overshoot each line's target; steering by the drift so far lands on the total size.
    const drift = offset - line * (averageLine + 1);
    const length = Math.round(averageLine * (0.5 + random()) - drift / 64);
    let text = `${line + 1}.`;
    const starts: number[] = [];
    while (text.length < length) {
      starts.push(offset + text.length + 1);
      text += ` ${WORDS[pick(WORDS.length)]}`;
    }
    wordStarts.push(starts);
    parts.push(text);
    offset += text.length + 1;
  }
  const text = parts.join('\n');

  const wordEnd = (start: number): number => {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 10) end++;
    return end;
  };
  const spans: GeneratedSpan[] = [];
  const base = Math.round(spanCount * 0.8);
  for (let i = 0; i < base; i++) {
    const starts = wordStarts[Math.floor((i * lines) / base)]!;
    const first = pick(Math.max(1, starts.length - 3));
    const count = 1 + pick(3);
    const start = starts[first] ?? starts[0]!;
    const end = wordEnd(starts[Math.min(first + count - 1, starts.length - 1)] ?? start);
    spans.push({ start, end, label: pick(labels) });
  }
  // Overlaps: a span nested in a base span, or one crossing its end.
  for (let i = 0; spans.length < spanCount; i++) {
    const host = spans[(i * 4) % base]!;
    const nested = i % 2 === 0;
    const start = nested ? host.start : Math.max(host.start, host.end - 3);
    const end = nested ? wordEnd(host.start) : Math.min(text.length, wordEnd(host.end + 1));
    spans.push({ start, end: Math.max(end, start + 1), label: pick(labels) });
  }
  return { text, spans };
}
