import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, INITIAL_CURSOR } from './cursor';

describe('pull cursors', () => {
  it('round-trip every version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (version) => {
        expect(decodeCursor(encodeCursor(version))).toBe(version);
      }),
    );
    expect(decodeCursor(INITIAL_CURSOR)).toBe(0);
    expect(encodeCursor(0)).toBe(INITIAL_CURSOR);
  });

  it('refuse anything the server did not issue', () => {
    for (const junk of [
      'v1.',
      'v2.1',
      'v1.-1',
      'v1.ZZ',
      '1',
      'v1.1 ',
      'v1.zzzzzzzzzzzzzzz',
      '\u0000',
    ]) {
      expect(decodeCursor(junk)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        const v = decodeCursor(s);
        if (v !== undefined) expect(encodeCursor(v)).toBe(s);
      }),
    );
  });
});
