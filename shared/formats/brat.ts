/**
 * BRAT standoff: the document text in `name.txt`, annotations in `name.ann`, one per line:
 * `T1<TAB>Type start end[;start end]<TAB>text` entities (discontinuous with `;`), `R1<TAB>Type
 * Arg1:T1 Arg2:T2` relations, `#1<TAB>AnnotatorNotes T1<TAB>note` notes and `N1<TAB>Reference T1
 * DB:ID<TAB>name` normalisations. Offsets count Unicode code points (brat is Python), so files
 * written here agree with brat on text with emoji.
 */
import { codePointIndex, type CodePointIndex } from '../anchor/codePoints';
import type { Annotation, TextPosition } from '../model/annotation';
import { baseName } from './fileNames';
import { ReportBuilder } from './report';
import { exportable } from './exportable';
import { spanPieces } from './textAnchor';
import type { ExportItem, ExportResult, OutputFile, TextContent } from './types';

export { importBrat } from './bratImport';

const ENTITY_ID = /^T(\d+)$/;

/**
 * Our canonical text drops a UTF-8 byte-order mark; brat (Python reading UTF-8) keeps it as a
 * character, so its offsets count it. A file that had one gets it back, and offsets shift by one.
 */
export function bomShift(content: TextContent): number {
  const b = content.bytes;
  return b && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 1 : 0;
}

/** brat types are identifiers: whitespace would end the field. */
function bratType(label: string): string {
  return label.trim().replace(/\s+/g, '_') || 'Entity';
}

/** brat fragments cannot cross a line break (its UI splits them there), so neither do ours. */
function splitAtLineBreaks(text: string, pieces: readonly TextPosition[]): TextPosition[] {
  const out: TextPosition[] = [];
  for (const piece of pieces) {
    let start = piece.start;
    for (let i = piece.start; i <= piece.end; i++) {
      const ch = text[i];
      if (i === piece.end || ch === '\n' || ch === '\r') {
        if (i > start) out.push({ start, end: i });
        start = i + 1;
      }
    }
  }
  return out;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ');
}

class IdPool {
  private readonly used = new Set<number>();
  private next = 1;
  constructor(preferred: readonly number[]) {
    for (const n of preferred) this.used.add(n);
  }
  fresh(): number {
    while (this.used.has(this.next)) this.next++;
    this.used.add(this.next);
    return this.next;
  }
}

function exportDocument(item: ExportItem, report: ReportBuilder): OutputFile[] {
  const { text } = item.content;
  const index: CodePointIndex = codePointIndex(text);
  const shift = bomShift(item.content);
  const cp = (utf16: number): number => (index.toCodePoint(utf16) ?? 0) + shift;
  const lines: string[] = [];
  const relations: string[] = [];
  const notes: string[] = [];
  const norms: string[] = [];
  const entityOf = new Map<string, string>();
  const lost = (annotation: Annotation, code: string, message: string): void =>
    report.add({
      kind: 'lossy',
      code,
      message,
      documentId: item.record.id,
      annotationId: annotation.id,
    });

  // Ids from an earlier brat import are kept; the rest are numbered around them.
  const preferred = new Map<Annotation, number>();
  for (const annotation of item.annotations) {
    const n = Number(ENTITY_ID.exec(annotation.externalIds?.brat ?? '')?.[1] ?? NaN);
    if (Number.isInteger(n) && ![...preferred.values()].includes(n)) preferred.set(annotation, n);
  }
  const pool = new IdPool([...preferred.values()]);

  for (const annotation of item.annotations) {
    report.counts.annotationsRead++;
    const { target, body } = annotation;
    if (target.kind !== 'span') {
      report.skip({
        kind: 'unsupported',
        code: 'not-a-span',
        message: `a ${target.kind} annotation has no text span for brat`,
        documentId: item.record.id,
        annotationId: annotation.id,
      });
      continue;
    }
    if (body.labels.length === 0) {
      report.skip({
        kind: 'unsupported',
        code: 'no-label',
        message: 'a span without a label has no brat type',
        documentId: item.record.id,
        annotationId: annotation.id,
      });
      continue;
    }
    const pieces = splitAtLineBreaks(text, spanPieces(target));
    if (pieces.length === 0) {
      report.skip({
        kind: 'unsupported',
        code: 'empty-span',
        message: 'an empty span cannot be a brat entity',
        documentId: item.record.id,
        annotationId: annotation.id,
      });
      continue;
    }
    if (pieces.length > spanPieces(target).length)
      lost(
        annotation,
        'split-at-line-break',
        'a span crossing a line break was written as fragments around it',
      );
    const offsets = pieces.map((p) => `${cp(p.start)} ${cp(p.end)}`).join(';');
    const covered = pieces.map((p) => text.slice(p.start, p.end)).join(' ');
    body.labels.forEach((label, k) => {
      const id = `T${k === 0 ? (preferred.get(annotation) ?? pool.fresh()) : pool.fresh()}`;
      if (k === 0) entityOf.set(annotation.id, id);
      if (bratType(label) !== label)
        lost(
          annotation,
          'type-renamed',
          `the label "${label}" was written as the brat type ${bratType(label)}`,
        );
      lines.push(`${id}\t${bratType(label)} ${offsets}\t${covered}`);
      report.counts.records++;
    });
    if (body.labels.length > 1)
      lost(
        annotation,
        'multi-label',
        `${body.labels.length} labels were written as ${body.labels.length} entities on the same span`,
      );
    report.counts.annotationsWritten++;
  }

  for (const annotation of item.annotations) {
    const from = entityOf.get(annotation.id);
    if (!from) continue;
    const { body } = annotation;
    for (const relation of body.relations ?? []) {
      const to = entityOf.get(relation.targetId);
      if (!to)
        lost(
          annotation,
          'relation-target-missing',
          `the ${relation.type} relation points at an annotation that is not a brat entity`,
        );
      else
        relations.push(
          `R${relations.length + 1}\t${bratType(relation.type)} Arg1:${from} Arg2:${to}`,
        );
    }
    if (body.rationale !== undefined) {
      if (/[\r\n\t]/.test(body.rationale))
        lost(
          annotation,
          'note-flattened',
          'line breaks in the rationale became spaces (a brat note is one line)',
        );
      notes.push(`#${notes.length + 1}\tAnnotatorNotes ${from}\t${oneLine(body.rationale)}`);
    }
    for (const code of body.codes ?? []) {
      norms.push(
        `N${norms.length + 1}\tReference ${from} ${bratType(code.system)}:${oneLine(code.code)}\t${oneLine(code.display)}`,
      );
    }
    if (body.confidence !== undefined) lost(annotation, 'confidence', 'brat has no confidence');
    if (body.ranking) lost(annotation, 'ranking', 'brat has no answer rankings');
    if (annotation.preAnnotation)
      lost(
        annotation,
        'pre-annotation',
        'brat cannot mark an entity as an unconfirmed pre-annotation',
      );
  }

  const ann = [...lines, ...relations, ...norms, ...notes].map((line) => `${line}\n`).join('');
  const base = baseName(item.record.name);
  return [
    {
      name: `${base}.txt`,
      mediaType: 'text/plain; charset=utf-8',
      text: shift ? `\uFEFF${text}` : text,
    },
    { name: `${base}.ann`, mediaType: 'text/plain; charset=utf-8', text: ann },
  ];
}

/** Writes `.txt` and `.ann` per document; the `.txt` is the canonical text the offsets index. */
export function exportBrat(given: readonly ExportItem[]): ExportResult {
  const report = new ReportBuilder('brat', 'export');
  const items = exportable(given, report);
  const files = items.flatMap((item) => {
    report.counts.documents++;
    return exportDocument(item, report);
  });
  return { files, report: report.finish() };
}
