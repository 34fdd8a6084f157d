import { describe, expect, it } from 'vitest';
import { WordIndex, words } from './wordIndex';

const titles = [
  'Essential (primary) hypertension',
  'Hypertensive heart disease with heart failure',
  'Fracture of shaft of right femur',
  'Fracture of left femur, initial encounter',
  'Type 2 diabetes mellitus without complications',
  'Type 1 diabetes mellitus without complications',
];
const index = new WordIndex(titles);
const found = (query: string, prefixLast = false): string[] =>
  index.search(query, { prefixLast }).map((hit) => titles[hit.doc]!);

describe('WordIndex', () => {
  it('splits titles into lower-case words without the common ones', () => {
    expect(words('Fracture of shaft of right femur')).toEqual([
      'fracture',
      'shaft',
      'right',
      'femur',
    ]);
    expect(words('Type 2 diabetes')).toEqual(['type', '2', 'diabetes']);
  });

  it('returns only titles holding every word', () => {
    expect(found('fracture femur')).toHaveLength(2);
    expect(found('fracture right femur')).toEqual(['Fracture of shaft of right femur']);
    expect(found('diabetes 2')).toEqual(['Type 2 diabetes mellitus without complications']);
    expect(found('fracture nothing')).toEqual([]);
  });

  it('completes the last word only when asked', () => {
    expect(found('hyperten')).toEqual([]);
    expect(found('hyperten', true)).toHaveLength(2);
    expect(found('essential hyp', true)).toEqual(['Essential (primary) hypertension']);
  });

  it('corrects a typo in a word the index does not know', () => {
    expect(found('hypertenson')).toEqual(['Essential (primary) hypertension']);
    expect(found('fractre femur')).toHaveLength(2);
  });

  it('ranks an exact word above a completion, and shorter titles first on a tie', () => {
    expect(found('heart', true)[0]).toBe('Hypertensive heart disease with heart failure');
    expect(found('femur')[0]).toBe('Fracture of shaft of right femur');
  });
});
