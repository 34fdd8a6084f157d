import { describe, expect, it } from 'vitest';
import { generateDocument } from './generate';

describe('benchmark document', () => {
  it('is a 10 MB, 200,000-line text with 50,000 spans inside it, a fifth of them overlapping', () => {
    const { text, spans } = generateDocument();
    expect(text.split('\n')).toHaveLength(200_000);
    expect(Math.abs(text.length - 10 * 1024 * 1024) / (10 * 1024 * 1024)).toBeLessThan(0.02);
    expect(spans).toHaveLength(50_000);
    for (const span of spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
    expect(generateDocument(10, 4).text).toBe(generateDocument(10, 4).text);
  });
});
