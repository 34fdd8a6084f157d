/**
 * CoNLL BIO (IOB2) export: one token and its tag per line, a blank line after each sentence,
 * `-DOCSTART- O` before each document. Tokens come from tokenize.ts. BIO gives each token one
 * tag, so overlapping spans, spans that cut a token, discontinuous spans and spans across a
 * sentence break cannot all be written as they are: each case is reported, never silently dropped.
 */
import type { Annotation, TextPosition } from '../model/annotation';
import { baseName } from './fileNames';
import { trainingAnnotations, type TrainingOptions } from './jsonl';
import { ReportBuilder } from './report';
import { exportable } from './exportable';
import { spanPieces } from './textAnchor';
import { tokenize, type Sentence } from './tokenize';
import type { ExportItem, ExportResult } from './types';

export interface ConllOptions extends TrainingOptions {
  /** Between token and tag; CoNLL-2003 uses a space. */
  readonly separator?: ' ' | '\t';
  /** A span that starts or ends inside a token: widen it to whole tokens (default) or leave it out. */
  readonly partialTokens?: 'expand' | 'skip';
  /** Write `-DOCSTART-` before each document (default true). */
  readonly docStart?: boolean;
}

interface Placed {
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
}

/** Every token with its place, in text order, so a span finds its tokens by binary search. */
interface Slot {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly index: number;
}

function slots(sentences: readonly Sentence[]): Slot[] {
  return sentences.flatMap((tokens, sentence) =>
    tokens.map((t, index) => ({ start: t.start, end: t.end, sentence, index })),
  );
}

/** Tokens a piece covers, per sentence, and whether its edges cut a token. */
function place(all: readonly Slot[], piece: TextPosition): { parts: Placed[]; partial: boolean } {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.end ?? 0) <= piece.start) lo = mid + 1;
    else hi = mid;
  }
  const parts: { sentence: number; from: number; to: number }[] = [];
  let partial = false;
  for (let k = lo; k < all.length; k++) {
    const slot = all[k];
    if (!slot || slot.start >= piece.end) break;
    if (slot.start < piece.start || slot.end > piece.end) partial = true;
    const last = parts[parts.length - 1];
    if (last && last.sentence === slot.sentence) last.to = slot.index;
    else parts.push({ sentence: slot.sentence, from: slot.index, to: slot.index });
  }
  return { parts, partial };
}

function tagType(label: string): string {
  return label.trim().replace(/\s+/g, '_') || 'ENTITY';
}

function exportDocument(
  item: ExportItem,
  report: ReportBuilder,
  options: ConllOptions | undefined,
): string {
  const { text } = item.content;
  const sentences = tokenize(text);
  const all = slots(sentences);
  const tags = sentences.map((tokens) => tokens.map(() => 'O'));
  const about = (a: Annotation) => ({ documentId: item.record.id, annotationId: a.id });
  const quote = (p: TextPosition): string =>
    JSON.stringify(text.slice(p.start, p.end).slice(0, 40));

  const spans = trainingAnnotations(item, report, options)
    .filter((a) => {
      if (a.target.kind !== 'span')
        report.skip({
          kind: 'unsupported',
          code: 'not-a-span',
          message: `a ${a.target.kind} annotation has no tokens`,
          ...about(a),
        });
      else if (a.body.labels.length === 0)
        report.skip({
          kind: 'unsupported',
          code: 'no-label',
          message: 'a span without a label has no tag',
          ...about(a),
        });
      else return true;
      return false;
    })
    // Earlier, then longer spans win a token both want.
    .sort((a, b) => {
      const pa = a.target.kind === 'span' ? a.target.position : { start: 0, end: 0 };
      const pb = b.target.kind === 'span' ? b.target.position : { start: 0, end: 0 };
      return pa.start - pb.start || pb.end - pa.end;
    });

  for (const annotation of spans) {
    if (annotation.target.kind !== 'span') continue;
    const [label = '', ...others] = annotation.body.labels;
    const pieces = spanPieces(annotation.target);
    const placed = pieces.map((piece) => ({ piece, ...place(all, piece) }));
    const problem = (code: string, message: string): void =>
      report.skip({ kind: 'unsupported', code, message, ...about(annotation) });
    if (placed.some((p) => p.parts.length === 0)) {
      problem('no-tokens', `the span ${quote(annotation.target.position)} covers no token`);
      continue;
    }
    const partial = placed.find((p) => p.partial);
    if (partial && options?.partialTokens === 'skip') {
      problem('partial-token', `the span ${quote(partial.piece)} starts or ends inside a token`);
      continue;
    }
    const parts = placed.flatMap((p) => p.parts);
    const taken = parts.some((p) =>
      tags[p.sentence]?.slice(p.from, p.to + 1).some((t) => t !== 'O'),
    );
    if (taken) {
      problem(
        'overlap',
        `the span ${quote(annotation.target.position)} overlaps a span already tagged`,
      );
      continue;
    }
    const lost = (code: string, message: string): void =>
      report.add({ kind: 'lossy', code, message, ...about(annotation) });
    if (partial)
      lost('partial-token', `the span ${quote(partial.piece)} was widened to whole tokens`);
    if (pieces.length > 1)
      lost('discontinuous', `a discontinuous span was tagged as ${pieces.length} entities`);
    if (parts.length > pieces.length)
      lost(
        'crosses-sentence',
        `the span ${quote(annotation.target.position)} crosses a sentence break: each part starts with B-`,
      );
    if (others.length > 0)
      lost('multi-label', `only the first of ${annotation.body.labels.length} labels is a tag`);
    if (tagType(label) !== label)
      lost('label-renamed', `the label "${label}" was written as ${tagType(label)}`);
    for (const p of parts) {
      const row = tags[p.sentence];
      for (let i = p.from; row && i <= p.to; i++)
        row[i] = `${i === p.from ? 'B' : 'I'}-${tagType(label)}`;
    }
    report.counts.annotationsWritten++;
  }

  const sep = options?.separator ?? ' ';
  const body = sentences
    .map((tokens, s) => tokens.map((t, i) => `${t.text}${sep}${tags[s]?.[i] ?? 'O'}\n`).join(''))
    .join('\n');
  report.counts.records += sentences.reduce((n, tokens) => n + tokens.length, 0);
  const head = (options?.docStart ?? true) ? `-DOCSTART-${sep}O\n\n` : '';
  return `${head}${body}${sentences.length > 0 ? '\n' : ''}`;
}

export function exportConll(given: readonly ExportItem[], options?: ConllOptions): ExportResult {
  const report = new ReportBuilder('conll', 'export');
  const items = exportable(given, report);
  const text = items
    .map((item) => {
      report.counts.documents++;
      return exportDocument(item, report, options);
    })
    .join('');
  const name =
    items.length === 1 && items[0]
      ? `${baseName(items[0].record.name)}.conll`
      : 'annotations.conll';
  return {
    files: [{ name, mediaType: 'text/plain; charset=utf-8', text }],
    report: report.finish(),
  };
}
