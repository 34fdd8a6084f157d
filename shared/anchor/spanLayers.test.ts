import { describe, expect, it } from 'vitest';
import { assignLayers } from './spanLayers';

describe('assignLayers', () => {
  it('puts disjoint and touching spans on one level', () => {
    expect([
      ...assignLayers([
        { start: 0, end: 5 },
        { start: 5, end: 9 },
        { start: 20, end: 22 },
      ]),
    ]).toEqual([0, 0, 0]);
  });

  it('stacks nested and overlapping spans, outer spans first', () => {
    const spans = [
      { start: 10, end: 20 }, // inner
      { start: 0, end: 40 }, // outer
      { start: 15, end: 30 }, // overlaps inner and sits in outer
      { start: 35, end: 50 }, // overlaps outer only, after the others ended
    ];
    expect([...assignLayers(spans)]).toEqual([1, 0, 2, 1]);
  });

  it('gives identical spans distinct levels', () => {
    expect([
      ...assignLayers([
        { start: 3, end: 8 },
        { start: 3, end: 8 },
      ]),
    ]).toEqual([0, 1]);
  });

  it('never lets two spans on one level overlap (50,000 random spans)', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const spans = Array.from({ length: 50_000 }, () => {
      const start = Math.floor(random() * 1_000_000);
      return { start, end: start + 1 + Math.floor(random() * 60) };
    });
    const began = performance.now();
    const levels = assignLayers(spans);
    expect(performance.now() - began).toBeLessThan(200);
    const byLevel = new Map<number, { start: number; end: number }[]>();
    spans.forEach((span, i) => {
      const list = byLevel.get(levels[i]!) ?? [];
      list.push(span);
      byLevel.set(levels[i]!, list);
    });
    for (const list of byLevel.values()) {
      list.sort((a, b) => a.start - b.start);
      for (let i = 1; i < list.length; i++)
        expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
    }
  });
});
