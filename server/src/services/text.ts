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

/** The JSON path of the first unclean string in a parsed value, or undefined if all are clean. */
export function findUncleanString(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isCleanString(value) ? undefined : path || '/';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUncleanString(value[i], `${path}/${i}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!isCleanString(key)) return `${path}/(key)`;
      const found = findUncleanString(child, `${path}/${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
