/** A UTF-16 surrogate without its partner: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Strings we accept from clients: no NUL (PostgreSQL text refuses it) and no lone surrogates. */
export function isCleanString(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

export function replaceLoneSurrogates(value: string): string {
  return value.replace(LONE_SURROGATES, '\ufffd');
}

/**
 * The JSON path of the first unclean string (or key) in a parsed value, or undefined if all are
 * clean. Iterative, so no nesting depth can overflow the stack.
 */
export function findUncleanString(root: unknown): string | undefined {
  const pending: [unknown, string][] = [[root, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (!isCleanString(value)) return path || '/';
    } else if (Array.isArray(value)) {
      // Pushed in reverse so the first offending element is the one reported.
      for (let i = value.length - 1; i >= 0; i--) pending.push([value[i], `${path}/${i}`]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.some(([key]) => !isCleanString(key))) return `${path}/(key)`;
      // Reversed so the first offending entry is the one reported.
      for (const [key, child] of entries.reverse()) pending.push([child, `${path}/${key}`]);
    }
  }
  return undefined;
}
