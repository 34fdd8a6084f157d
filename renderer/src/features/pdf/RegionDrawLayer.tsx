import { useRef, useState } from 'react';
import {
  pdfRectToView,
  viewRectToPdf,
  type PageView,
  type ViewRect,
} from '../../../../shared/anchor/pdfGeometry';
import type { PdfRect } from '../../../../shared/model/annotation';

interface RegionDrawLayerProps {
  readonly view: PageView;
  readonly active: boolean;
  /** A box drawn on this page that waits for its label. */
  readonly pending?: PdfRect;
  readonly onDrawn: (rect: PdfRect) => void;
}

/** Smaller drags are clicks, not boxes. */
const MIN_SIDE_PX = 4;

function normalized(ax: number, ay: number, bx: number, by: number): ViewRect {
  return {
    left: Math.min(ax, bx),
    top: Math.min(ay, by),
    width: Math.abs(bx - ax),
    height: Math.abs(by - ay),
  };
}

/**
 * Box drawing for scans, figures and tables: drag on the page to outline a region. The box is
 * kept in user space, like text highlights, so it stays put at any zoom or rotation.
 */
export function RegionDrawLayer({ view, active, pending, onDrawn }: RegionDrawLayerProps) {
  const origin = useRef<{ x: number; y: number; id: number } | undefined>(undefined);
  const [draft, setDraft] = useState<ViewRect>();
  const pendingBox = pending ? pdfRectToView(view, pending) : undefined;

  const local = (event: React.PointerEvent<HTMLDivElement>): { x: number; y: number } => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: Math.max(0, Math.min(box.width, event.clientX - box.left)),
      y: Math.max(0, Math.min(box.height, event.clientY - box.top)),
    };
  };

  return (
    <div
      className={`pdfv-draw${active ? ' active' : ''}`}
      data-testid="pdf-draw-layer"
      onPointerDown={(event) => {
        if (!active || event.button !== 0) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        const p = local(event);
        origin.current = { ...p, id: event.pointerId };
        setDraft(normalized(p.x, p.y, p.x, p.y));
      }}
      onPointerMove={(event) => {
        const start = origin.current;
        if (!start || start.id !== event.pointerId) return;
        const p = local(event);
        setDraft(normalized(start.x, start.y, p.x, p.y));
      }}
      onPointerUp={(event) => {
        const start = origin.current;
        origin.current = undefined;
        setDraft(undefined);
        if (!start || start.id !== event.pointerId) return;
        const p = local(event);
        const rect = normalized(start.x, start.y, p.x, p.y);
        if (rect.width >= MIN_SIDE_PX && rect.height >= MIN_SIDE_PX)
          onDrawn(viewRectToPdf(view, rect));
      }}
      onPointerCancel={() => {
        origin.current = undefined;
        setDraft(undefined);
      }}
    >
      {draft ? <div className="pdfv-box draft" style={draft} /> : null}
      {pendingBox ? (
        <div className="pdfv-box pending" data-testid="pdf-pending-box" style={pendingBox} />
      ) : null}
    </div>
  );
}
