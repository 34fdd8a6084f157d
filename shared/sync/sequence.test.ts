import { describe, expect, it } from 'vitest';
import { checkSequence } from './sequence';

/** Every list of ids drawn from 1..max in any order, up to `length` long. */
function* idLists(max: number, length: number, prefix: number[] = []): Generator<number[]> {
  yield prefix;
  if (prefix.length === length) return;
  for (let id = 1; id <= max; id++) yield* idLists(max, length, [...prefix, id]);
}

describe('checkSequence (exhaustive over ids 1..6, up to 4 per push, last settled 0..5)', () => {
  it('accepts exactly the pushes a client following the protocol can send', () => {
    let cases = 0;
    for (let last = 0; last <= 5; last++) {
      for (const ids of idLists(6, 4)) {
        cases++;
        const result = checkSequence(last, ids);
        const increasing = ids.every((id, i) => i === 0 || id > (ids[i - 1] ?? 0));
        const fresh = ids.filter((id) => id > last);
        const contiguous = fresh.every((id, i) => id === last + 1 + i);
        if (!increasing) {
          expect(result).toMatchObject({ ok: false, error: 'notIncreasing' });
        } else if (!contiguous) {
          expect(result).toEqual({ ok: false, error: 'gap', expected: last + 1 });
        } else {
          expect(result).toEqual({ ok: true, firstFresh: ids.length - fresh.length });
          // Replays come first and are exactly the ids already settled.
          expect(ids.slice(0, ids.length - fresh.length).every((id) => id <= last)).toBe(true);
        }
      }
    }
    expect(cases).toBe(6 * (1 + 6 + 36 + 216 + 1296));
  });

  it('names the first out-of-order position', () => {
    expect(checkSequence(0, [1, 3, 2])).toEqual({ ok: false, error: 'notIncreasing', index: 2 });
    expect(checkSequence(0, [1, 1])).toEqual({ ok: false, error: 'notIncreasing', index: 1 });
  });

  it('treats a push of pure replays as nothing to do', () => {
    expect(checkSequence(9, [7, 8, 9])).toEqual({ ok: true, firstFresh: 3 });
  });

  it('refuses a first push that does not start at 1', () => {
    expect(checkSequence(0, [2, 3])).toEqual({ ok: false, error: 'gap', expected: 1 });
  });
});
