import { useEffect, useRef, useState } from 'react';
import { openPdf } from '../../pdf/pdfjs';
import type { PaneProps } from '../workspace/paneProps';

const SCALE = 1.25;

/** Pages of the PDF as canvases, rendered by pdf.js in its worker. */
export function PdfPane({ content }: PaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();
  useEffect(() => {
    const container = host.current;
    const task = openPdf(content.bytes);
    let cancelled = false;
    void task.promise
      .then(async (doc) => {
        for (let n = 1; n <= doc.numPages && !cancelled; n++) {
          const page = await doc.getPage(n);
          const viewport = page.getViewport({ scale: SCALE * devicePixelRatio });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.style.width = `${viewport.width / devicePixelRatio}px`;
          canvas.className = 'pdf-page';
          container?.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      void task.destroy();
      container?.replaceChildren();
    };
  }, [content.bytes]);
  return (
    <div ref={host} className="pdf-pane" data-testid="pdf-pane">
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
