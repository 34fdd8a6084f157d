import { describe, expect, it } from 'vitest';
import { fitPercent, MAX_CANVAS_PIXELS, outputScale, viewOf } from './pageLayout';

const LETTER = { viewBox: [0, 0, 612, 792] as const, rotate: 0 };
const LANDSCAPE_BY_ROTATE = { viewBox: [0, 0, 612, 792] as const, rotate: 90 };

describe('page layout', () => {
  it('shows 100 % at 96 CSS pixels per inch', () => {
    const view = viewOf(LETTER, 100, 0);
    expect(view.width).toBeCloseTo(816, 6);
    expect(view.height).toBeCloseTo(1056, 6);
  });

  it("adds the view rotation to the page's own /Rotate", () => {
    expect(viewOf(LANDSCAPE_BY_ROTATE, 100, 0).width).toBeCloseTo(1056, 6);
    expect(viewOf(LANDSCAPE_BY_ROTATE, 100, 90).width).toBeCloseTo(816, 6);
  });

  it('fits the width or the whole page', () => {
    expect(fitPercent('fitWidth', LETTER, 0, 848, 600)).toBe(100);
    expect(fitPercent('fitPage', LETTER, 0, 848, 552)).toBeCloseTo(50, 0);
    expect(fitPercent('fitWidth', LETTER, 0, 10, 10)).toBe(10);
  });

  it('draws at screen resolution until the canvas cap, then lower', () => {
    expect(outputScale(viewOf(LETTER, 100, 0), 2)).toBe(2);
    const huge = viewOf(LETTER, 800, 0);
    const scale = outputScale(huge, 2);
    expect(scale).toBeLessThan(2);
    expect(huge.width * huge.height * scale * scale).toBeCloseTo(MAX_CANVAS_PIXELS, -2);
  });
});
