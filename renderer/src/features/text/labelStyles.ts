import { useLayoutEffect } from 'react';
import type { LabelSchema } from '../../../../shared/model/labelSchema';

/**
 * Per-label CSS for span decorations. Monaco merges overlapping inline decorations into one
 * `<span>` carrying every class, so each stacking level sets its own custom property
 * (`--gl-c0`…`--gl-c3`) and one rule paints all levels as stacked underlines: nested and
 * overlapping spans stay legible in their own colours. Tags show the label name above the span's
 * start (as CSS generated content, so they cost no layout and never shift offsets).
 */
export const MAX_LAYERS = 4;

const STYLE_ID = 'glossator-text-labels';

/** A CSS string literal: quotes, backslashes and line breaks escaped, so a name cannot break out. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** Black or white, whichever reads better on `color` (#rrggbb). */
export function inkOn(color: string): string {
  const n = Number.parseInt(color.slice(1), 16);
  if (!/^#[0-9a-f]{6}$/i.test(color) || Number.isNaN(n)) return '#000000';
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? '#000000' : '#ffffff';
}

const safeColor = (color: string): string => (/^#[0-9a-f]{6}$/i.test(color) ? color : '#888888');

export function labelStyleSheet(schema: LabelSchema): string {
  const rules: string[] = [];
  schema.labels.forEach((label, i) => {
    const color = safeColor(label.color);
    for (let layer = 0; layer < MAX_LAYERS; layer++)
      rules.push(`.gl-s-${i}-${layer}{--gl-c${layer}:${color}}`);
    rules.push(
      `.gl-tag-${i}{--gl-name:${cssString(label.name)};--gl-col:${color};--gl-ink:${inkOn(color)}}`,
      `.gl-gut-${i}{background:${color}}`,
    );
  });
  return rules.join('\n');
}

/**
 * Keeps one `<style>` element in the document in step with the schema's labels. A layout effect,
 * so that the rules are in place before the editor draws (a sheet added after it restyles it all).
 */
export function useLabelStyles(schema: LabelSchema): void {
  useLayoutEffect(() => {
    let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
    if (!style) {
      style = document.createElement('style');
      style.id = STYLE_ID;
      document.head.append(style);
    }
    style.textContent = labelStyleSheet(schema);
  }, [schema]);
}
