import type { CodePointIndex } from '../anchor/codePoints';
import type { AnnotationBody, AnnotationTarget, CodeRef, PdfRect } from '../model/annotation';
import type { DocumentKind } from '../model/document';
import { isUuid } from '../model/ids';
import { fromPercent, type LabelStudioResult } from './labelStudioShared';
import { findQuote, trySpanTarget } from './textAnchor';
import type { ConversionIssue } from './types';

export interface ResultContext {
  readonly text: string;
  readonly index: CodePointIndex;
  readonly kind: DocumentKind;
  readonly pageBoxes?: readonly PdfRect[];
}

/** One region (or the document) with everything its per-region controls said about it. */
export interface Region {
  /** The Label Studio result id shared by the region's results. */
  readonly key?: string;
  readonly target: AnnotationTarget;
  readonly body: AnnotationBody;
  readonly score?: number;
}

interface Builder {
  key?: string;
  target: AnnotationTarget;
  labels: string[];
  comments: string[];
  codes: CodeRef[];
  score?: number;
}

export interface ReadResults {
  readonly regions: readonly Region[];
  readonly relations: readonly { from: string; to: string; type: string }[];
  readonly issues: readonly { issue: ConversionIssue; skipped: boolean }[];
}

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

function code(path: readonly string[]): CodeRef {
  if (path.length === 1) return { system: 'taxonomy', code: path[0] ?? '', display: '' };
  return { system: path[0] ?? '', code: path.slice(1).join('/'), display: '' };
}

/** Reads one Label Studio annotation's (or prediction's) results into regions and relations. */
export function readResults(
  ctx: ResultContext,
  results: readonly LabelStudioResult[],
): ReadResults {
  const regions = new Map<string, Builder>();
  const order: Builder[] = [];
  const relations: { from: string; to: string; type: string }[] = [];
  const issues: { issue: ConversionIssue; skipped: boolean }[] = [];
  const documentLevel = new Map<string, Builder>();
  const note = (issue: ConversionIssue, skipped = false): void => {
    issues.push({ issue, skipped });
  };

  /** A text region: code-point offsets checked against the region's text, with fallbacks. */
  const anchorText = (
    value: Record<string, unknown>,
    where: string,
  ): AnnotationTarget | undefined => {
    const { start, end } = value;
    const quoted = typeof value.text === 'string' ? value.text : undefined;
    const span = (piece: { start: number; end: number }): AnnotationTarget | undefined => {
      const made = trySpanTarget(ctx.text, [piece]);
      if ('target' in made) return made.target;
      note({ kind: 'invalid', code: 'bad-offsets', message: `${where}: ${made.error}` }, true);
      return undefined;
    };
    if (!num(start) || !num(end)) return undefined;
    const a = ctx.index.toUtf16(start);
    const b = ctx.index.toUtf16(end);
    if (
      a !== undefined &&
      b !== undefined &&
      a <= b &&
      (quoted === undefined || ctx.text.slice(a, b) === quoted)
    ) {
      return span({ start: a, end: b });
    }
    if (quoted !== undefined && ctx.text.slice(start, end) === quoted) {
      note({
        kind: 'warning',
        code: 'utf16-offsets',
        message: `${where}: offsets count UTF-16 units (an older Label Studio); read as such`,
      });
      return span({ start, end });
    }
    const found = quoted ? findQuote(ctx.text, { exact: quoted }, a ?? start) : undefined;
    if (found) {
      note({
        kind: 'warning',
        code: 'reanchored',
        message: `${where}: offsets did not match "${quoted}"; found it nearby`,
      });
      return span(found);
    }
    note(
      {
        kind: 'invalid',
        code: 'bad-offsets',
        message: `${where}: offsets ${start}–${end} do not hold "${quoted ?? ''}" in this text`,
      },
      true,
    );
    return undefined;
  };

  const anchorRect = (
    result: LabelStudioResult,
    value: Record<string, unknown>,
    where: string,
  ): AnnotationTarget | undefined => {
    const page = result.item_index ?? 0;
    const box = ctx.pageBoxes?.[page];
    if (ctx.kind !== 'pdf' || !box) {
      note(
        {
          kind: 'unsupported',
          code: 'no-page-size',
          message: `${where}: a rectangle needs a PDF page whose size is known`,
        },
        true,
      );
      return undefined;
    }
    if (num(value.rotation) && value.rotation !== 0)
      note({
        kind: 'lossy',
        code: 'rotation',
        message: `${where}: a rotated rectangle was read unrotated`,
      });
    const rect = fromPercent(
      {
        x: Number(value.x),
        y: Number(value.y),
        width: Number(value.width),
        height: Number(value.height),
      },
      box,
    );
    return { kind: 'region', page: { pageIndex: page, rects: [rect] } };
  };

  results.forEach((result, i) => {
    const value = result.value ?? {};
    const where = `result ${i + 1} (${result.type})`;
    const geometry = num(value.start) || num(value.x);
    if (result.type === 'relation') {
      if (result.from_id && result.to_id)
        relations.push({
          from: result.from_id,
          to: result.to_id,
          type: result.labels?.[0] ?? 'related',
        });
      return;
    }
    let builder = result.id ? regions.get(result.id) : undefined;
    if (!builder && geometry) {
      const target = num(value.start) ? anchorText(value, where) : anchorRect(result, value, where);
      if (!target) return;
      builder = {
        ...(result.id ? { key: result.id } : {}),
        target,
        labels: [],
        comments: [],
        codes: [],
      };
      if (result.id) regions.set(result.id, builder);
      order.push(builder);
    }
    if (!builder) {
      // Our exports suffix a document annotation's rationale and codes results onto its id; other
      // tools' document-level results (a choice, a comment) are read as one annotation.
      const base = result.id?.replace(/_(rationale|codes)$/, '');
      const ours = base !== undefined && isUuid(base);
      const existing = ours ? documentLevel.get(base) : documentLevel.get('');
      builder = existing ?? {
        ...(ours ? { key: base } : {}),
        target: { kind: 'document' },
        labels: [],
        comments: [],
        codes: [],
      };
      if (!existing) {
        documentLevel.set(ours ? base : '', builder);
        order.push(builder);
      }
    }
    if (num(result.score)) builder.score = result.score;
    const control = result.type.toLowerCase();
    if (control === 'textarea') builder.comments.push(...strs(value.text));
    else if (control === 'taxonomy')
      builder.codes.push(
        ...(Array.isArray(value.taxonomy) ? value.taxonomy.map((p) => code(strs(p))) : []),
      );
    else if (control === 'choices' || control.endsWith('labels'))
      builder.labels.push(...strs(value[result.type] ?? value.choices));
    else
      note({
        kind: 'unsupported',
        code: 'unsupported-control',
        message: `${where}: ${result.type} results are not imported`,
      });
  });

  const done = order.map((b): Region => ({
    ...(b.key !== undefined ? { key: b.key } : {}),
    target: b.target,
    body: {
      labels: b.labels,
      ...(b.comments.length > 0 ? { rationale: b.comments.join('\n\n') } : {}),
      ...(b.codes.length > 0 ? { codes: b.codes } : {}),
    },
    ...(b.score !== undefined ? { score: b.score } : {}),
  }));
  return {
    regions: done.filter(
      (r) =>
        r.target.kind !== 'document' ||
        r.body.labels.length + (r.body.rationale ? 1 : 0) + (r.body.codes?.length ?? 0) > 0,
    ),
    relations,
    issues,
  };
}
