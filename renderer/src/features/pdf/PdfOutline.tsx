import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfRect } from '../../../../shared/model/annotation';
import { usePdfView } from './pdfViewStore';

interface OutlineNode {
  readonly title: string;
  readonly dest: string | unknown[] | null;
  readonly items: readonly OutlineNode[];
}

/** Where an outline entry points: its page and, for an XYZ destination, the spot on it. */
async function resolveDest(
  doc: PDFDocumentProxy,
  dest: OutlineNode['dest'],
): Promise<{ pageIndex: number; rect?: PdfRect } | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit) || explicit.length === 0) return undefined;
  const [ref, kind, left, top] = explicit as [
    unknown,
    { name?: string } | undefined,
    unknown,
    unknown,
  ];
  const pageIndex =
    typeof ref === 'number'
      ? ref
      : await doc.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0]);
  if (kind?.name === 'XYZ' && typeof top === 'number') {
    const x = typeof left === 'number' ? left : 0;
    return { pageIndex, rect: { x1: x, y1: top, x2: x, y2: top } };
  }
  return { pageIndex };
}

function OutlineItems({
  nodes,
  onOpen,
}: {
  nodes: readonly OutlineNode[];
  onOpen: (n: OutlineNode) => void;
}) {
  return (
    <ul>
      {nodes.map((node, i) => (
        <li key={i}>
          <button type="button" className="link-button" onClick={() => onOpen(node)}>
            {node.title || '…'}
          </button>
          {node.items.length > 0 ? <OutlineItems nodes={node.items} onOpen={onOpen} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** The PDF's own table of contents (bookmarks); a click scrolls to the entry's destination. */
export function PdfOutline({ doc }: { readonly doc: PDFDocumentProxy }) {
  const { t } = useTranslation();
  const goTo = usePdfView((s) => s.goTo);
  const [outline, setOutline] = useState<readonly OutlineNode[] | null>();
  useEffect(() => {
    let live = true;
    doc
      .getOutline()
      .then((items) => live && setOutline(items as OutlineNode[] | null))
      .catch(() => live && setOutline(null));
    return () => {
      live = false;
    };
  }, [doc]);

  const open = (node: OutlineNode): void => {
    void resolveDest(doc, node.dest)
      .then((target) => target && goTo(target.pageIndex, target.rect))
      .catch(() => undefined);
  };

  return (
    <nav className="pdfv-outline" aria-label={t('pdf.outline.title')} data-testid="pdf-outline">
      <h2>{t('pdf.outline.title')}</h2>
      {outline === undefined ? null : outline && outline.length > 0 ? (
        <OutlineItems nodes={outline} onOpen={open} />
      ) : (
        <p className="pdfv-muted">{t('pdf.outline.empty')}</p>
      )}
    </nav>
  );
}
