import { describe, expect, it } from 'vitest';
import { assertPermutation, moveBy, moveTo, orderOf, rankedAnswers } from './ranking';

const answers = [
  { id: 'a', text: 'Alpha' },
  { id: 'b', text: 'Beta' },
  { id: 'c', text: 'Gamma' },
];

describe('ranking', () => {
  it('moves an answer up and down, clamped at the ends', () => {
    expect(moveBy(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveBy(['a', 'b', 'c'], 'a', 5)).toEqual(['b', 'c', 'a']);
  });

  it('drops an answer at a position', () => {
    expect(moveTo(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(() => moveTo(['a', 'b', 'c'], 'a', 3)).toThrow('position 3 is outside 0–2');
    expect(() => moveTo(['a', 'b'], 'z', 0)).toThrow('answer "z" is not in the ranking');
  });

  it('turns an order into ranks with the answer texts', () => {
    expect(rankedAnswers(['b', 'c', 'a'], answers)).toEqual([
      { id: 'b', text: 'Beta', rank: 1 },
      { id: 'c', text: 'Gamma', rank: 2 },
      { id: 'a', text: 'Alpha', rank: 3 },
    ]);
  });

  it('refuses a rank list that is not a permutation, saying what is wrong', () => {
    const ids = ['a', 'b', 'c'];
    expect(() => assertPermutation(['a', 'b'], ids)).toThrow('the ranking leaves out "c"');
    expect(() => assertPermutation(['a', 'b', 'b'], ids)).toThrow('answer "b" is ranked twice');
    expect(() => assertPermutation(['a', 'b', 'x'], ids)).toThrow('unknown answer "x"');
    expect(() => rankedAnswers(['a'], answers)).toThrow('leaves out "b", "c"');
  });

  it('reads an order back from stored ranks, ties in task order, unranked last', () => {
    expect(orderOf(undefined, answers)).toBeUndefined();
    expect(
      orderOf(
        [
          { id: 'c', text: '', rank: 1 },
          { id: 'a', text: '', rank: 2 },
        ],
        answers,
      ),
    ).toEqual(['c', 'a', 'b']);
    expect(
      orderOf(
        [
          { id: 'c', text: '', rank: 1 },
          { id: 'b', text: '', rank: 1 },
          { id: 'a', text: '', rank: 2 },
        ],
        answers,
      ),
    ).toEqual(['b', 'c', 'a']);
  });
});
