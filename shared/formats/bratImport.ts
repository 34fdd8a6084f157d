import { codePointIndex } from '../anchor/codePoints';
import type {
  Annotation,
  AnnotationTarget,
  CodeRef,
  Relation,
  TextPosition,
} from '../model/annotation';
import type { AnnotationId } from '../model/ids';
import { importStamps, ReportBuilder } from './report';
import { bomShift } from './brat';
import { trySpanTarget } from './textAnchor';
import type { DocumentInput, ImportOptions, ImportResult, InputFile } from './types';

interface Entity {
  readonly bratId: string;
  readonly id: AnnotationId;
  readonly type: string;
  readonly target: AnnotationTarget;
  readonly relations: Relation[];
  readonly notes: string[];
  readonly codes: CodeRef[];
}

const ENTITY = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/;
const RELATION = /^(\S+) \S+:(\S+) \S+:(\S+)$/;
const NOTE = /^AnnotatorNotes (\S+)$/;
const NORMALISATION = /^Reference (\S+) ([^:\s]+):(\S+)$/;
const UNSUPPORTED: Readonly<Record<string, string>> = {
  A: 'attributes',
  M: 'attributes',
  E: 'events',
  '*': 'equivalence sets',
};

/**
 * Reads a `.ann` file against this document's text (the paired `.txt`, if given, must be it).
 * Entity text is checked against the offsets, so a mismatched `.txt` is caught line by line.
 */
export function importBrat(
  files: readonly InputFile[],
  doc: DocumentInput,
  options?: ImportOptions,
): ImportResult {
  const report = new ReportBuilder('brat', 'import');
  const { newId, now } = importStamps(options);
  const { text } = doc.content;
  const index = codePointIndex(text);
  const txt = files.find((f) => f.name.endsWith('.txt'));
  const shift = bomShift(doc.content) || (txt?.text.startsWith('\uFEFF') ? 1 : 0);
  report.counts.documents = 1;

  if (txt && txt.text !== text && txt.text !== `\uFEFF${text}`) {
    report.add({
      kind: 'warning',
      code: 'text-differs',
      message: `${txt.name} is not this document's text; entities are checked one by one`,
    });
  }
  const entities = new Map<string, Entity>();
  const invalid = (file: string, line: number, message: string): void =>
    report.skip({
      kind: 'invalid',
      code: 'invalid-line',
      message: `${file} line ${line}: ${message}`,
      location: `${file}:${line}`,
    });

  for (const file of files.filter((f) => !f.name.endsWith('.txt'))) {
    const lines = file.text.split('\n');
    const later: { line: number; fields: string[] }[] = [];
    lines.forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '') return;
      const fields = line.split('\t');
      const kind = fields[0]?.[0] ?? '';
      report.counts.annotationsRead++;
      if (kind === 'T') {
        const match = ENTITY.exec(fields[1] ?? '');
        if (!match || fields.length < 3)
          return invalid(file.name, i + 1, 'an entity needs "T<n><TAB>Type start end<TAB>text"');
        const pieces = (match[2] ?? '').split(';').map((pair) => {
          const [start, end] = pair.split(' ').map((n) => index.toUtf16(Number(n) - shift));
          return start !== undefined && end !== undefined && start <= end
            ? { start, end }
            : undefined;
        });
        if (pieces.some((p) => p === undefined))
          return invalid(file.name, i + 1, 'offsets lie outside the text');
        const covered = (pieces as TextPosition[]).map((p) => text.slice(p.start, p.end)).join(' ');
        const quoted = fields.slice(2).join('\t');
        if (covered !== quoted)
          return invalid(
            file.name,
            i + 1,
            `the text at the offsets is "${covered}", not "${quoted}"`,
          );
        const span = trySpanTarget(text, pieces as TextPosition[]);
        if ('error' in span) return invalid(file.name, i + 1, span.error);
        entities.set(fields[0] ?? '', {
          bratId: fields[0] ?? '',
          id: newId(),
          type: match[1] ?? '',
          target: span.target,
          relations: [],
          notes: [],
          codes: [],
        });
      } else if (kind === 'R' || kind === '#' || kind === 'N') {
        later.push({ line: i + 1, fields });
      } else {
        const what = UNSUPPORTED[kind];
        if (what)
          report.skip({
            kind: 'unsupported',
            code: `brat-${what.replace(' ', '-')}`,
            message: `${file.name} line ${i + 1}: brat ${what} are not imported`,
            location: `${file.name}:${i + 1}`,
          });
        else invalid(file.name, i + 1, `unknown annotation kind "${fields[0] ?? ''}"`);
      }
    });
    // Relations, notes and normalisations refer to entities that may come later in the file.
    for (const { line, fields } of later) {
      const head = fields[1] ?? '';
      const kind = fields[0]?.[0];
      if (kind === 'R') {
        const match = RELATION.exec(head);
        const from = entities.get(match?.[2] ?? '');
        const to = entities.get(match?.[3] ?? '');
        if (!match || !from || !to)
          invalid(file.name, line, 'a relation needs two known entities ("Type Arg1:T1 Arg2:T2")');
        else from.relations.push({ type: match[1] ?? '', targetId: to.id });
      } else if (kind === '#') {
        const entity = entities.get(NOTE.exec(head)?.[1] ?? '');
        if (!entity)
          invalid(file.name, line, 'a note needs "AnnotatorNotes T<n><TAB>text" on a known entity');
        else entity.notes.push(fields.slice(2).join('\t'));
      } else {
        const match = NORMALISATION.exec(head);
        const entity = entities.get(match?.[1] ?? '');
        if (!match || !entity)
          invalid(
            file.name,
            line,
            'a normalisation needs "Reference T<n> DB:ID<TAB>name" on a known entity',
          );
        else
          entity.codes.push({
            system: match[2] ?? '',
            code: match[3] ?? '',
            display: fields.slice(2).join('\t'),
            purpose: 'identifying',
          });
      }
    }
  }

  const annotations = [...entities.values()].map((entity): Annotation => {
    report.counts.annotationsWritten++;
    report.counts.records++;
    return {
      id: entity.id,
      projectId: doc.record.projectId,
      documentId: doc.record.id,
      target: entity.target,
      body: {
        labels: [entity.type],
        ...(entity.notes.length > 0 ? { rationale: entity.notes.join('\n') } : {}),
        ...(entity.codes.length > 0 ? { codes: entity.codes } : {}),
        ...(entity.relations.length > 0 ? { relations: entity.relations } : {}),
      },
      externalIds: { brat: entity.bratId },
      createdAt: now,
      updatedAt: now,
    };
  });
  // Notes, relations and normalisations were read into their entities, not as annotations.
  report.counts.annotationsRead = annotations.length + report.counts.annotationsSkipped;
  return { annotations, report: report.finish() };
}
