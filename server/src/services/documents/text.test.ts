import { describe, expect, it } from 'vitest';
import { findUncleanString } from './text';

describe('findUncleanString', () => {
  it('reports the first unclean string or key by its path', () => {
    expect(findUncleanString({ a: ['ok', 'b\u0000'], c: '\ud800' })).toBe('/a/1');
    expect(findUncleanString({ ok: 1, ['k\udc00']: 'v' })).toBe('/(key)');
    expect(findUncleanString({ a: [{ b: 'fine 😀' }] })).toBeUndefined();
    expect(findUncleanString('\u0000')).toBe('/');
  });

  it('walks any depth without recursion (a value nested 200,000 levels)', () => {
    let value: unknown = ['x\u0000'];
    for (let i = 0; i < 200_000; i++) value = [value];
    const path = findUncleanString(value);
    // '' and then one index for each of the 200,001 arrays.
    expect(path?.split('/').length).toBe(200_002);
  });
});
