import { TextLayer } from 'pdfjs-dist';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { PageView } from '../../../../shared/anchor/pdfGeometry';
import { scaleOf, viewRotation } from './pageLayout';
import type { PageTextInfo, PdfPages } from './pdfPages';
import { guardSelection } from './selectionGuard';
import type { MountedTextLayer, TextLayerRegistry } from './textLayerRegistry';

interface TextLayerOptions {
  readonly pages: PdfPages;
  readonly registry: TextLayerRegistry;
  readonly pageIndex: number;
  readonly view: PageView;
  readonly percent: number;
  readonly rotation: number;
  /** This page's part of the stored canonical text. */
  readonly canonicalText: string;
}

/**
 * pdf.js's text layer for a mounted page (transparent text over the canvas, which is what the
 * expert selects). It is built once per mount from the same TextContent import used, follows zoom
 * and rotation through CSS variables, and is registered so selections map to canonical offsets.
 * Unmounting removes it, so far pages hold no text DOM.
 */
export function useTextLayer(
  container: RefObject<HTMLDivElement | null>,
  pageElement: RefObject<HTMLDivElement | null>,
  enabled: boolean,
  options: TextLayerOptions,
): PageTextInfo | undefined {
  const { pages, registry, pageIndex, view, percent, rotation, canonicalText } = options;
  const [info, setInfo] = useState<PageTextInfo>();
  const layerRef = useRef<{ layer: TextLayer; info: PageTextInfo } | undefined>(undefined);
  // The first zoom and rotation build the layer; later ones update it (see the effect below).
  const initial = useRef({ percent, rotation });

  useEffect(() => {
    const host = container.current;
    if (!host || !enabled) return;
    let live = true;
    let layer: TextLayer | undefined;
    let unguard: (() => void) | undefined;
    void (async () => {
      try {
        const [page, text] = await Promise.all([pages.page(pageIndex), pages.text(pageIndex)]);
        if (!live) return;
        const { percent: p, rotation: r } = initial.current;
        const viewport = page.getViewport({
          scale: scaleOf(p),
          rotation: viewRotation(pages.shape(pageIndex), r),
        });
        layer = new TextLayer({ textContentSource: text.content, container: host, viewport });
        await layer.render();
        if (!live) return;
        unguard = guardSelection(host);
        layerRef.current = { layer, info: text };
        setInfo(text);
      } catch {
        // A page whose text cannot be read still shows its picture; it just cannot be selected.
      }
    })();
    return () => {
      live = false;
      layer?.cancel();
      unguard?.();
      layerRef.current = undefined;
      registry.remove(pageIndex);
      host.replaceChildren();
    };
  }, [container, pages, registry, pageIndex, enabled]);

  useEffect(() => {
    const current = layerRef.current;
    const page = pageElement.current;
    if (!current || !info || !page) return;
    void pages.page(pageIndex).then((proxy) => {
      if (layerRef.current !== current) return;
      current.layer.update({
        viewport: proxy.getViewport({
          scale: scaleOf(percent),
          rotation: viewRotation(pages.shape(pageIndex), rotation),
        }),
      });
    });
    const mounted: MountedTextLayer = {
      pageIndex,
      info,
      divs: current.layer.textDivs,
      pageElement: page,
      view,
      canonical: info.text === canonicalText,
    };
    registry.add(mounted);
    return () => registry.remove(pageIndex, mounted);
  }, [info, pageElement, pages, registry, pageIndex, view, percent, rotation, canonicalText]);

  return enabled ? info : undefined;
}
