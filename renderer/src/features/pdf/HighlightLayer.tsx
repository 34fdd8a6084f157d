import { memo, useMemo } from 'react';
import { pdfRectToView, type PageView } from '../../../../shared/anchor/pdfGeometry';
import type { PdfRect, TextPosition } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { PageMark } from './anchorIndex';
import type { PageTextInfo } from './pdfPages';
import { stackLevels, UNDERLINE_STEP } from './stacking';
import { rectsForRange, type MountedTextLayer } from './textLayerRegistry';

interface HighlightLayerProps {
  readonly view: PageView;
  readonly marks: readonly PageMark[];
  readonly colors: ReadonlyMap<string, string>;
  readonly selectedId?: AnnotationId;
  /** Page-local find matches on this page, and which of them is the current one. */
  readonly matches: readonly TextPosition[];
  readonly currentMatch: number;
  readonly info?: PageTextInfo;
  readonly mounted?: MountedTextLayer;
}

const FALLBACK_COLOR = '#888888';

/** rgba() from #rrggbb. */
export function tint(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return `rgb(136 136 136 / ${alpha})`;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

function boxStyle(view: PageView, rect: PdfRect): React.CSSProperties {
  const r = pdfRectToView(view, rect);
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/**
 * Annotations and find matches drawn on one page, under the text layer so selection still works.
 * Highlights are translucent and multiply where they overlap, with a label-coloured underline for
 * each, so stacked spans stay readable and tell apart.
 */
export const HighlightLayer = memo(function HighlightLayer(props: HighlightLayerProps) {
  const { view, marks, colors, selectedId, matches, currentMatch, info, mounted } = props;
  const computed = useMemo(() => {
    const out = new Map<PageMark, readonly PdfRect[]>();
    if (!info) return out;
    for (const mark of marks)
      if (!mark.rects && mark.range)
        out.set(mark, rectsForRange(info, mark.range.start, mark.range.end, mounted));
    return out;
  }, [marks, info, mounted]);
  const matchRects = useMemo(
    () => (info ? matches.map((m) => rectsForRange(info, m.start, m.end, mounted)) : []),
    [matches, info, mounted],
  );

  const boxes = useMemo(() => {
    const list = marks.flatMap((mark) =>
      (mark.rects ?? computed.get(mark) ?? []).map((rect, i) => ({
        mark,
        key: `${mark.id}:${i}`,
        box: pdfRectToView(view, rect),
      })),
    );
    const spans = list.filter((b) => b.mark.kind === 'span');
    const levels = new Map(stackLevels(spans.map((b) => b.box)).map((l, i) => [spans[i]?.key, l]));
    return list.map((b) => ({ ...b, level: levels.get(b.key) ?? 0 }));
  }, [marks, computed, view]);

  return (
    <div className="pdfv-highlights" aria-hidden="true">
      {boxes.map(({ mark, key, box, level }) => {
        const color = colors.get(mark.labelId) ?? FALLBACK_COLOR;
        return (
          <div
            key={key}
            className={`pdfv-mark pdfv-mark-${mark.kind}${mark.id === selectedId ? ' selected' : ''}`}
            data-annotation-id={mark.id}
            data-label={mark.labelId}
            style={{
              left: box.left,
              top: box.top,
              width: box.width,
              // Stacked spans reach a little lower, each underline a step below the last.
              height: box.height + level * UNDERLINE_STEP,
              backgroundColor: tint(color, mark.kind === 'region' ? 0.12 : 0.32),
              borderColor: color,
            }}
          />
        );
      })}
      {matchRects.map((rects, m) =>
        rects.map((rect, i) => (
          <div
            key={`find:${m}:${i}`}
            className={`pdfv-find${m === currentMatch ? ' current' : ''}`}
            data-testid="pdf-find-match"
            style={boxStyle(view, rect)}
          />
        )),
      )}
    </div>
  );
});
