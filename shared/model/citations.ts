/**
 * Citations in a document-level rationale: the written interpretation cites the spans that are its
 * evidence. Stored inline as `[[cite:<annotation id>]]` so a sentence and its evidence travel
 * together (and survive sync and export as plain text); while the expert edits, markers read as
 * `[1]`, `[2]`… numbered by first appearance.
 */
import type { AnnotationId } from './ids';

const MARKER = /\[\[cite:([0-9a-f-]{36})\]\]/g;
const EDITABLE_MARKER = /\[(\d{1,4})\]/g;

export type RationalePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'cite'; readonly id: AnnotationId; readonly number: number };

export function citationMarker(id: AnnotationId): string {
  return `[[cite:${id}]]`;
}

/** The cited annotation ids in order of first appearance, each once. */
export function citedIds(rationale: string): AnnotationId[] {
  const seen = new Set<AnnotationId>();
  for (const match of rationale.matchAll(MARKER)) seen.add(match[1] as AnnotationId);
  return [...seen];
}

/**
 * The annotations a rationale cites, by id: one pass over the list (none when nothing is cited),
 * rather than a map of every annotation of the document.
 */
export function citedAnnotations<T extends { readonly id: AnnotationId }>(
  annotations: readonly T[],
  rationale: string,
): Map<AnnotationId, T> {
  const ids = new Set(citedIds(rationale));
  const found = new Map<AnnotationId, T>();
  if (ids.size === 0) return found;
  for (const annotation of annotations)
    if (ids.has(annotation.id)) found.set(annotation.id, annotation);
  return found;
}

/** The rationale as text runs and numbered citations, for display. */
export function parseRationale(rationale: string): RationalePart[] {
  const numbers = new Map(citedIds(rationale).map((id, i) => [id, i + 1] as const));
  const parts: RationalePart[] = [];
  let last = 0;
  for (const match of rationale.matchAll(MARKER)) {
    if (match.index > last) parts.push({ kind: 'text', text: rationale.slice(last, match.index) });
    const id = match[1] as AnnotationId;
    parts.push({ kind: 'cite', id, number: numbers.get(id) ?? 0 });
    last = match.index + match[0].length;
  }
  if (last < rationale.length) parts.push({ kind: 'text', text: rationale.slice(last) });
  return parts;
}

/** The form the expert edits: markers become `[n]`; `ids[n-1]` is what `[n]` cites. */
export function toEditable(rationale: string): { text: string; ids: AnnotationId[] } {
  const ids = citedIds(rationale);
  const numbers = new Map(ids.map((id, i) => [id, i + 1] as const));
  return {
    text: rationale.replace(MARKER, (_, id: string) => `[${numbers.get(id as AnnotationId)}]`),
    ids,
  };
}

/**
 * Back from the edited form: `[n]` becomes a marker when `ids[n-1]` exists; any other bracketed
 * number is left as the expert wrote it.
 */
export function fromEditable(text: string, ids: readonly AnnotationId[]): string {
  return text.replace(EDITABLE_MARKER, (whole, digits: string) => {
    const id = ids[Number(digits) - 1];
    return id ? citationMarker(id) : whole;
  });
}

/** Removes the citations of deleted annotations (and the space before each). */
export function removeCitations(rationale: string, ids: ReadonlySet<AnnotationId>): string {
  return rationale.replace(/ ?\[\[cite:([0-9a-f-]{36})\]\]/g, (whole, id: string) =>
    ids.has(id as AnnotationId) ? '' : whole,
  );
}
