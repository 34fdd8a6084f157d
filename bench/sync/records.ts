/**
 * The benchmark's annotations: realistic span labels on a contract (quote with context, a label,
 * a rationale, sometimes a code), spread over a project's documents. Deterministic for a seed, so
 * a run can be repeated; ids are UUIDv7 built from the index, so no two records collide.
 */
import type { AnnotationWire } from '../../shared/model/annotationSchema';

const CLAUSES = [
  ['indemnity', 'The Licensee shall indemnify the Licensor', 'against all claims arising from'],
  ['cap', 'liability shall not exceed the fees paid', 'in the twelve months preceding'],
  ['termination', 'either party may terminate this Agreement', 'on thirty days written notice'],
  ['confidentiality', 'shall keep the Confidential Information secret', 'and use it only for'],
  ['governing-law', 'governed by the laws of England and Wales', 'and the courts of London'],
] as const;

/** The labels the annotations use (the bench project's label schema). */
export const BENCH_LABELS: readonly string[] = CLAUSES.map(([label]) => label);

/** A UUIDv7-shaped id made from a number (time part fixed, the rest from `n`). */
export function benchId(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  const p = prefix.toString(16).padStart(3, '0');
  return `0190b000-0000-7${p}-8000-${hex}`;
}

const PREFIX = 'Clause 7.2. Subject to clause 9, ';
/** How many times the contract text repeats its clauses (about 65,000 characters in all). */
const ROUNDS = 115;
const blocks = Array.from({ length: ROUNDS }, () =>
  CLAUSES.map(([, exact, suffix]) => `${PREFIX}${exact} ${suffix}. `),
).flat();
const blockStarts: number[] = [];
for (let k = 0, at = 0; k < blocks.length; at += blocks[k]!.length, k++) blockStarts.push(at);

/**
 * Every bench document's text: the clauses, over and over. Annotations must quote their document
 * (the platform refuses a quote that is not the text at its position), so they quote this.
 */
export const BENCH_TEXT = blocks.join('');

/** Annotation `i` of `count`, on one of `documentIds` (round robin). */
export function benchAnnotation(
  i: number,
  projectId: string,
  documentIds: readonly string[],
): AnnotationWire {
  const clause = i % CLAUSES.length;
  const [label, exact, suffix] = CLAUSES[clause]!;
  const round = Math.floor(i / CLAUSES.length) % ROUNDS;
  const start = blockStarts[round * CLAUSES.length + clause]! + PREFIX.length;
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    id: benchId(1, i),
    projectId,
    documentId: documentIds[i % documentIds.length]!,
    target: {
      kind: 'span',
      position: { start, end: start + exact.length },
      quote: { exact, prefix: PREFIX, suffix: ` ${suffix}` },
    },
    body: {
      labels: [label],
      rationale: `Clause ${i}: the wording allocates risk to one party; reviewed against the playbook.`,
      ...(i % 4 === 0
        ? { codes: [{ system: 'glossator-clause', code: label, display: label }] }
        : {}),
      confidence: (i % 10) / 10,
    },
    createdAt: `2026-01-${day}T09:00:00.000Z`,
    updatedAt: `2026-01-${day}T09:00:00.000Z`,
  };
}

/** The same annotation after an edit (`round` tells edits apart, so each changes something). */
export function editedAnnotation<
  A extends { readonly id: string; readonly body: object; readonly updatedAt: string },
>(annotation: A, round: number): A {
  return {
    ...annotation,
    body: { ...annotation.body, rationale: `${editMarker(round)} ${annotation.id}` },
    updatedAt: '2026-02-01T10:00:00.000Z',
  };
}

/** Text every annotation edited in `round` holds in its rationale (how the server's copy is checked). */
export function editMarker(round: number): string {
  return `edited in round ${round}:`;
}
