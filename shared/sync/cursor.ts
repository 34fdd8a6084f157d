/**
 * Pull cursors are opaque to clients; the server encodes the last version it sent. The prefix
 * lets the encoding change later without misreading old cursors.
 */
const PREFIX = 'v1.';

export const INITIAL_CURSOR = '';

export function encodeCursor(version: number): string {
  return version <= 0 ? INITIAL_CURSOR : PREFIX + version.toString(36);
}

/** The version a cursor stands for, or undefined when it is not one this server issued. */
export function decodeCursor(cursor: string): number | undefined {
  if (cursor === INITIAL_CURSOR) return 0;
  if (!cursor.startsWith(PREFIX) || cursor.length > 20) return undefined;
  const digits = cursor.slice(PREFIX.length);
  if (!/^[0-9a-z]{1,12}$/.test(digits)) return undefined;
  const version = parseInt(digits, 36);
  return Number.isSafeInteger(version) && version > 0 ? version : undefined;
}
