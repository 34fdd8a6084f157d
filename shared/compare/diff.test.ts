import { describe, expect, it } from 'vitest';
import { diffTexts } from './diff';

describe('diffTexts', () => {
  it('rebuilds both sides and counts what changed', () => {
    const left = 'McKesson (16.9%) and Cardinal (12.6%) in fiscal 1999.';
    const right = 'McKesson (18.0%) and Cardinal (14.1%) in fiscal 1999.';
    const result = diffTexts(left, right);
    const side = (keep: string) =>
      result.segments
        .filter((s) => s.op === 'equal' || s.op === keep)
        .map((s) => s.text)
        .join('');
    expect(side('delete')).toBe(left);
    expect(side('insert')).toBe(right);
    expect(result.unchanged).toBeGreaterThan(30);
    expect(result.deleted + result.unchanged).toBe(left.length);
    expect(result.inserted + result.unchanged).toBe(right.length);
  });

  it('says identical texts are equal and handles empty sides', () => {
    expect(diffTexts('same', 'same').segments).toEqual([{ op: 'equal', text: 'same' }]);
    expect(diffTexts('', 'new').segments).toEqual([{ op: 'insert', text: 'new' }]);
    expect(diffTexts('old', '').deleted).toBe(3);
  });

  it('lines edits up with words after semantic clean-up', () => {
    const { segments } = diffTexts('the cat sat', 'the dog sat');
    expect(segments).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'cat' },
      { op: 'insert', text: 'dog' },
      { op: 'equal', text: ' sat' },
    ]);
  });
});
