import { describe, expect, it } from 'vitest';
import { findAll } from './findText';
import { joinPageTexts } from './pageText';

describe('findAll', () => {
  const { text } = joinPageTexts([
    'The Supplier shall indemnify\nthe Buyer.',
    'SUPPLIER warrants: naïve 😀 supplier.',
  ]);

  it('finds every occurrence, ignoring case by default', () => {
    const found = findAll(text, 'supplier');
    expect(found).toHaveLength(3);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      'Supplier',
      'SUPPLIER',
      'supplier',
    ]);
    expect(findAll(text, 'Supplier', { matchCase: true })).toHaveLength(1);
  });

  it('lets spaces in the query match line ends and page breaks', () => {
    expect(findAll(text, 'indemnify the buyer')).toHaveLength(1);
    expect(findAll(text, 'Buyer. supplier warrants')).toHaveLength(1);
  });

  it('takes the query literally and counts emoji in UTF-16 units', () => {
    expect(findAll(text, 'warrants:')).toHaveLength(1);
    expect(findAll(text, '.*')).toHaveLength(0);
    const [emoji] = findAll(text, '😀 supplier');
    expect(emoji && emoji.end - emoji.start).toBe(11);
    expect(findAll(text, 'NAÏVE')).toHaveLength(1);
  });

  it('returns nothing for blank queries and stops at the limit', () => {
    expect(findAll(text, '   ')).toEqual([]);
    expect(findAll(text, 'e', { limit: 2 })).toHaveLength(2);
  });
});
