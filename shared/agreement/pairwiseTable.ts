import type { Annotation } from '../model/annotation';
import { cohenKappa, type KappaResult, type Rating } from './cohenKappa';
import { krippendorffAlphaNominal, type AlphaResult } from './krippendorffAlpha';
import { spanF1, spansOf, type SpanF1Result } from './spanF1';

/**
 * One annotator's submitted work on one document. A document submitted with no annotations still
 * counts: two experts who both found nothing agree.
 */
export interface Submission {
  readonly annotatorId: string;
  readonly documentId: string;
  readonly annotations: readonly Annotation[];
}

export interface AgreementOptions {
  /**
   * Label ids that classify a whole document (the schema's `documentClasses`). Only these count
   * on document targets; when absent, every label on a document target counts.
   */
  readonly documentClasses?: readonly string[];
}

export interface PairAgreement {
  /** a < b in code-unit order, so each pair appears once. */
  readonly a: string;
  readonly b: string;
  /** Documents both submitted; every metric of the pair is over these only. */
  readonly sharedDocuments: number;
  readonly spanExact: SpanF1Result;
  readonly spanOverlap: SpanF1Result;
  /** κ over the shared documents' classes; documents either left unclassified are left out. */
  readonly classKappa: KappaResult;
}

export interface AgreementTable {
  readonly annotators: readonly string[];
  readonly documents: number;
  readonly pairs: readonly PairAgreement[];
  /** α over document classes, all annotators at once (units = documents, missing allowed). */
  readonly classAlpha: AlphaResult;
}

/**
 * A document's class as one annotator gave it: null if none, the sorted ids joined by `+` if
 * several (so agreement requires the same set).
 */
export function documentClassOf(
  annotations: readonly Annotation[],
  options: AgreementOptions = {},
): Rating {
  const allowed = options.documentClasses ? new Set(options.documentClasses) : undefined;
  const labels = new Set<string>();
  for (const annotation of annotations) {
    if (annotation.target.kind !== 'document') continue;
    for (const label of annotation.body.labels)
      if (!allowed || allowed.has(label)) labels.add(label);
  }
  return labels.size === 0 ? null : [...labels].sort().join('+');
}

/**
 * The per-project pairwise agreement table: for every pair of annotators who submitted at least one
 * common document, span F1 (exact and overlap) and Cohen's κ on document classes; plus
 * Krippendorff's α on document classes across everyone. If an annotator appears twice for one
 * document, the later submission in `submissions` wins (pass the latest resubmission).
 */
export function agreementTable(
  submissions: readonly Submission[],
  options: AgreementOptions = {},
): AgreementTable {
  const work = new Map<string, Map<string, readonly Annotation[]>>();
  const documents = new Set<string>();
  for (const s of submissions) {
    let byDoc = work.get(s.annotatorId);
    if (!byDoc) work.set(s.annotatorId, (byDoc = new Map<string, readonly Annotation[]>()));
    byDoc.set(s.documentId, s.annotations);
    documents.add(s.documentId);
  }
  const annotators = [...work.keys()].sort();
  const docList = [...documents].sort();

  const pairs: PairAgreement[] = [];
  for (let i = 0; i < annotators.length; i++)
    for (let j = i + 1; j < annotators.length; j++) {
      const a = annotators[i] ?? '';
      const b = annotators[j] ?? '';
      const docsA = work.get(a) ?? new Map<string, readonly Annotation[]>();
      const docsB = work.get(b) ?? new Map<string, readonly Annotation[]>();
      const shared = docList.filter((d) => docsA.has(d) && docsB.has(d));
      if (shared.length === 0) continue;
      const annotationsA = shared.flatMap((d) => docsA.get(d) ?? []);
      const annotationsB = shared.flatMap((d) => docsB.get(d) ?? []);
      const spansA = spansOf(annotationsA);
      const spansB = spansOf(annotationsB);
      pairs.push({
        a,
        b,
        sharedDocuments: shared.length,
        spanExact: spanF1(spansA, spansB, 'exact'),
        spanOverlap: spanF1(spansA, spansB, 'overlap'),
        classKappa: cohenKappa(
          shared.map((d) => documentClassOf(docsA.get(d) ?? [], options)),
          shared.map((d) => documentClassOf(docsB.get(d) ?? [], options)),
        ),
      });
    }

  const classAlpha = krippendorffAlphaNominal(
    docList.map((d) =>
      annotators.map((annotator) => {
        const annotations = work.get(annotator)?.get(d);
        return annotations ? documentClassOf(annotations, options) : null;
      }),
    ),
  );
  return { annotators, documents: docList.length, pairs, classAlpha };
}

function fixed(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/** The table as aligned plain text (for logs, notes and the CLI); the UI renders its own. */
export function formatAgreementTable(table: AgreementTable): string {
  const header = ['pair', 'docs', 'F1 exact', 'F1 overlap', 'macro F1 ov.', 'κ classes'];
  const rows = table.pairs.map((p) => [
    `${p.a} × ${p.b}`,
    String(p.sharedDocuments),
    fixed(p.spanExact.micro.f1),
    fixed(p.spanOverlap.micro.f1),
    fixed(p.spanOverlap.macroF1),
    fixed(p.classKappa.kappa),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    ...rows.map(line),
    `Krippendorff's α (document classes, ${table.annotators.length} annotators, ${table.documents} documents): ${fixed(table.classAlpha.alpha)}`,
  ].join('\n');
}
