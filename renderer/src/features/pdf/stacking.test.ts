import { describe, expect, it } from 'vitest';
import { stackLevels } from './stacking';

const box = (left: number, top: number, width = 100, height = 12) => ({ left, top, width, height });

describe('stackLevels', () => {
  it('keeps separate highlights at level 0', () => {
    expect(stackLevels([box(0, 0), box(0, 20), box(200, 0)])).toEqual([0, 0, 0]);
  });

  it('puts each overlapping highlight one level above the ones it covers', () => {
    // A clause, a phrase inside it, and a word inside the phrase.
    expect(stackLevels([box(0, 0, 300), box(50, 0, 100), box(60, 0, 20)])).toEqual([0, 1, 2]);
  });

  it('reuses a level when the stacks do not touch', () => {
    expect(stackLevels([box(0, 0), box(50, 0), box(400, 0), box(420, 0)])).toEqual([0, 1, 0, 1]);
  });
});
