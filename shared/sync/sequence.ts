/** Where a push's mutation ids stand against the last id the server settled for that client. */
export type SequenceCheck =
  /** Mutations before `firstFresh` are replays (already settled) and are skipped. */
  | { readonly ok: true; readonly firstFresh: number }
  | { readonly ok: false; readonly error: 'notIncreasing'; readonly index: number }
  | { readonly ok: false; readonly error: 'gap'; readonly expected: number };

/**
 * Ids in one push must be strictly increasing; the first id not yet settled must be exactly
 * `lastSettled + 1` and every later one exactly one more. Anything else refuses the whole push,
 * so nothing after a missing mutation is ever applied.
 */
export function checkSequence(lastSettled: number, ids: readonly number[]): SequenceCheck {
  for (let i = 1; i < ids.length; i++) {
    if ((ids[i] ?? 0) <= (ids[i - 1] ?? 0)) return { ok: false, error: 'notIncreasing', index: i };
  }
  let firstFresh = ids.length;
  for (let i = 0; i < ids.length; i++) {
    if ((ids[i] ?? 0) > lastSettled) {
      firstFresh = i;
      break;
    }
  }
  let expected = lastSettled + 1;
  for (let i = firstFresh; i < ids.length; i++, expected++) {
    if (ids[i] !== expected) return { ok: false, error: 'gap', expected: lastSettled + 1 };
  }
  return { ok: true, firstFresh };
}
