import type { ViewRect } from '../../../../shared/anchor/pdfGeometry';

/** Pixels between the underlines of spans stacked on the same text. */
export const UNDERLINE_STEP = 3;

function overlaps(a: ViewRect, b: ViewRect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}

/**
 * How deep each highlight box sits in a stack of overlapping ones (0 for the first on its text).
 * Each level draws its underline a step lower, so two labels on the same words show two lines.
 * Boxes are taken in order; a box goes one level above the highest box it overlaps.
 */
export function stackLevels(boxes: readonly ViewRect[]): number[] {
  const levels: number[] = [];
  boxes.forEach((box, i) => {
    let level = 0;
    for (let j = 0; j < i; j++) {
      const other = boxes[j];
      if (other && overlaps(box, other)) level = Math.max(level, (levels[j] ?? 0) + 1);
    }
    levels.push(level);
  });
  return levels;
}
