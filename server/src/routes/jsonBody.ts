/**
 * Parsing request bodies strictly. Every JSON body the API accepts comes through parseJsonBody and
 * every form through parseFormBody: text that is not valid UTF-8 is refused (naming the field)
 * rather than decoded with U+FFFD in place of the bad bytes, and JSON nested deeper than any of
 * our schemas goes is refused before anything walks it recursively.
 */

/** Deeper than any request schema goes (a sync push is about 8 levels), far below stack limits. */
export const MAX_JSON_DEPTH = 64;

export type Parsed<T> = { readonly ok: true; readonly value: T } | ParseFailure;
export interface ParseFailure {
  readonly ok: false;
  readonly message: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const fail = (message: string): ParseFailure => ({ ok: false, message });

/** Where the first byte that is not part of a well-formed UTF-8 sequence is (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b === 0xe0) [need, min] = [2, 0xa0];
    else if (b === 0xed)
      [need, min, max] = [2, 0x80, 0x9f]; // no UTF-16 surrogates
    else if (b >= 0xe1 && b <= 0xef) [need, min] = [2, 0x80];
    else if (b === 0xf0) [need, min] = [3, 0x90];
    else if (b >= 0xf1 && b <= 0xf3) [need, min] = [3, 0x80];
    else if (b === 0xf4)
      [need, min, max] = [3, 0x80, 0x8f]; // nothing above U+10FFFF
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return undefined;
}

type Frame =
  | { kind: 'object'; key: string | undefined; afterColon: boolean }
  | { kind: 'array'; index: number };

function pathOf(frames: readonly Frame[]): string {
  let path = '';
  for (const frame of frames) {
    if (frame.kind === 'array') path += `/${frame.index}`;
    else if (frame.afterColon && frame.key !== undefined) path += `/${frame.key.slice(0, 100)}`;
  }
  return path;
}

function keyText(literal: string): string {
  try {
    const value: unknown = JSON.parse(`"${literal}"`);
    return typeof value === 'string' ? value : literal;
  } catch {
    return literal;
  }
}

/**
 * The JSON path of the value being written where `prefix` (the start of a JSON text) ends, as
 * `/a/0/b`, or `…/(key)` inside a key. Iterative, for error messages only: it trusts the prefix
 * to be JSON so far and reports its best guess if it is not.
 */
export function jsonPathAt(prefix: string): string {
  const frames: Frame[] = [];
  let stringStart = -1;
  let escaped = false;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (stringStart >= 0) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') {
        const top = frames.at(-1);
        if (top?.kind === 'object' && !top.afterColon)
          top.key = keyText(prefix.slice(stringStart, i));
        stringStart = -1;
      }
      continue;
    }
    const top = frames.at(-1);
    if (c === '"') stringStart = i + 1;
    else if (c === '{') frames.push({ kind: 'object', key: undefined, afterColon: false });
    else if (c === '[') frames.push({ kind: 'array', index: 0 });
    else if (c === '}' || c === ']') frames.pop();
    else if (c === ':' && top?.kind === 'object') top.afterColon = true;
    else if (c === ',' && top?.kind === 'array') top.index++;
    else if (c === ',' && top?.kind === 'object') {
      top.afterColon = false;
      top.key = undefined;
    }
  }
  const top = frames.at(-1);
  const inKey = stringStart >= 0 && top?.kind === 'object' && !top.afterColon;
  return `${pathOf(frames)}${inKey ? '/(key)' : ''}`;
}

/** How deeply arrays and objects nest in a JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Decodes UTF-8 strictly; on failure, names where in the JSON text the bad bytes are. */
function decodeJsonText(bytes: Uint8Array): Parsed<string> {
  try {
    return { ok: true, value: strictUtf8.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes) ?? 0;
    const path = jsonPathAt(strictUtf8.decode(bytes.subarray(0, at)));
    return fail(`body${path} is not valid UTF-8 (byte ${at})`);
  }
}

// Keys that would reach an object's prototype if the value were ever merged into another object;
// refused as Fastify's own parser refuses them. (An escape can spell them, hence the \u test.)
const MAYBE_POISONED = /__proto__|constructor|\\u/;

function refusePoisonedKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new SyntaxError('body has a forbidden key __proto__');
  if (
    key === 'constructor' &&
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, 'prototype')
  )
    throw new SyntaxError('body has a forbidden key constructor.prototype');
  return value;
}

export function parseJsonBody(bytes: Uint8Array, maxDepth = MAX_JSON_DEPTH): Parsed<unknown> {
  if (bytes.length === 0) return fail('the body is empty; send JSON or no content-type');
  const text = decodeJsonText(bytes);
  if (!text.ok) return text;
  if (jsonDepth(text.value, maxDepth) > maxDepth)
    return fail(`body is nested more than ${maxDepth} levels deep`);
  try {
    const value: unknown = MAYBE_POISONED.test(text.value)
      ? JSON.parse(text.value, refusePoisonedKeys)
      : JSON.parse(text.value);
    return { ok: true, value };
  } catch (error) {
    const forbidden = error instanceof SyntaxError && error.message.startsWith('body has');
    return fail(forbidden ? error.message : 'body is not valid JSON');
  }
}

/** Strict percent-decoding: a malformed escape or one that is not UTF-8 fails (URIError). */
function decodeComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

/**
 * An application/x-www-form-urlencoded body as a flat record (a repeated field keeps its first
 * value; the schema decides what is allowed). Refuses bad bytes and bad escapes, naming the field.
 */
export function parseFormBody(bytes: Uint8Array): Parsed<Record<string, string>> {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes) ?? 0;
    const prefix = strictUtf8.decode(bytes.subarray(0, at));
    const field = prefix.slice(prefix.lastIndexOf('&') + 1).split('=')[0] ?? '';
    return fail(`the ${decodeComponent(field)?.slice(0, 40) ?? ''} field is not valid UTF-8`);
  }
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = decodeComponent(rawKey);
    const value = decodeComponent(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === undefined) return fail('a field name is not valid percent-encoded UTF-8');
    if (value === undefined)
      return fail(`the ${key.slice(0, 40)} field is not valid percent-encoded UTF-8`);
    if (!(key in out)) out[key] = value;
  }
  return { ok: true, value: out };
}

/** A query string as Fastify's parser gives it (repeats become arrays), or which key is bad. */
export function parseQueryString(query: string): Parsed<Record<string, string | string[]>> {
  const out: Record<string, string | string[]> = Object.create(null) as Record<
    string,
    string | string[]
  >;
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = decodeComponent(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === undefined) return fail('a query parameter name is not valid percent-encoding');
    if (value === undefined)
      return fail(`query parameter ${key.slice(0, 40)} is not valid percent-encoded UTF-8`);
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return { ok: true, value: out };
}
