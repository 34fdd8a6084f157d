import { isObject, types, type W3cProblem } from './w3cValidate';

/** An annotation found in a file, before validation. */
export interface FoundAnnotation {
  readonly value: unknown;
  readonly path: string;
  /** Inside an AnnotationPage or AnnotationCollection, whose @context it shares. */
  readonly inheritsContext: boolean;
}

export interface Container {
  readonly found: readonly FoundAnnotation[];
  /** Problems with the file as a whole (not JSON, not annotations at all). */
  readonly problems: readonly W3cProblem[];
  /** Things that were valid but not read (pages that are only linked). */
  readonly notes: readonly string[];
}

function parseJsonLines(text: string): unknown[] | undefined {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length < 2) return undefined;
  try {
    return lines.map((line) => JSON.parse(line) as unknown);
  } catch {
    return undefined;
  }
}

function pageItems(
  page: Record<string, unknown>,
  path: string,
  notes: string[],
): FoundAnnotation[] {
  if (typeof page.next === 'string')
    notes.push(`${path} links a next page (${page.next}) that was not fetched`);
  const items: readonly unknown[] = Array.isArray(page.items) ? page.items : [];
  return items.map((value, i) => ({ value, path: `${path}.items[${i}]`, inheritsContext: true }));
}

/**
 * Accepts what W3C annotations travel in: one annotation, a JSON array of them, JSON Lines, an
 * AnnotationPage, or an AnnotationCollection with its first page embedded.
 */
export function readContainer(text: string): Container {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const lines = parseJsonLines(text);
    if (lines)
      return {
        found: lines.map((value, i) => ({ value, path: `line ${i + 1}`, inheritsContext: false })),
        problems: [],
        notes: [],
      };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      found: [],
      problems: [{ path: '$', message: `the file is not valid JSON (${reason})` }],
      notes: [],
    };
  }
  const notes: string[] = [];
  if (Array.isArray(root)) {
    return {
      found: (root as unknown[]).map((value, i) => ({
        value,
        path: `$[${i}]`,
        inheritsContext: false,
      })),
      problems: [],
      notes,
    };
  }
  if (isObject(root)) {
    const kind = types(root);
    if (kind.includes('AnnotationPage'))
      return { found: pageItems(root, '$', notes), problems: [], notes };
    if (kind.includes('AnnotationCollection')) {
      if (isObject(root.first))
        return { found: pageItems(root.first, '$.first', notes), problems: [], notes };
      const total = typeof root.total === 'number' ? root.total : 0;
      if (total > 0)
        notes.push(
          `the collection's ${total} annotations are on linked pages that were not fetched`,
        );
      return { found: [], problems: [], notes };
    }
  }
  return { found: [{ value: root, path: '$', inheritsContext: false }], problems: [], notes };
}
