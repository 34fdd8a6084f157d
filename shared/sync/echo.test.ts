import { describe, expect, it } from 'vitest';
import { A, B, C, ann, put, del } from './testFixtures';
import { echoedWrites, recordSettled, sameJson, type Echoes } from './echo';

describe('sameJson', () => {
  it('ignores key order and undefined properties, nothing else', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
    expect(sameJson(ann(A, 'x'), ann(A, 'y'))).toBe(false);
  });
});

describe('recordSettled', () => {
  it('records the last applied state of drained annotations only', () => {
    const echoes: Echoes = new Map([[C, ann(C, 'old')]]);
    const batch = [put(1, ann(A, 'a1')), put(2, ann(A, 'a2')), del(3, B), put(4, ann(C, 'c'))];
    // A and B drained; C still pending (a later row), so its old echo goes too.
    recordSettled(echoes, batch, [A, B], new Set());
    expect(echoes).toEqual(
      new Map([
        [A, ann(A, 'a2')],
        [B, null],
      ]),
    );
    // A rejected and restored: the local view shows the server's state, not the mutation.
    recordSettled(echoes, [put(5, ann(A, 'a3'))], [A], new Set([A]));
    expect(echoes.has(A)).toBe(false);
  });
});

describe('echoedWrites', () => {
  it('names the puts and deletions that repeat an echo', () => {
    const echoes: Echoes = new Map([
      [A, ann(A, 'mine')],
      [B, null],
      [C, ann(C, 'mine')],
    ]);
    const echoed = echoedWrites(echoes, {
      puts: new Map([
        [A, { ...ann(A, 'mine') }],
        [C, ann(C, 'someone else')],
        [B, ann(B, 'recreated')],
      ]),
      deletes: new Set([B]),
    });
    expect(echoed.puts).toEqual(new Set([A]));
    expect(echoed.deletes).toEqual(new Set([B]));
  });
});
