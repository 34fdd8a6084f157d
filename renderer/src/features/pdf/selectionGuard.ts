/**
 * Keeps mouse selection on pdf.js text layers well-behaved in Chromium, as pdf.js's own viewer
 * does (TextLayerBuilder): the text spans are absolutely positioned, so dragging over the gaps
 * between them would otherwise select up to arbitrary places. While a selection is being made, an
 * "end of content" block covers the layer under the spans and is moved right after the node the
 * selection ends in, so the gaps extend the selection to where the pointer is.
 */
const layers = new Map<HTMLElement, HTMLElement>();
let listening = false;
let previous: Range | undefined;

function reset(end: HTMLElement, layer: HTMLElement): void {
  layer.append(end);
  end.style.width = '';
  end.style.height = '';
  end.style.userSelect = '';
  layer.classList.remove('selecting');
}

function onSelectionChange(): void {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) {
    for (const [layer, end] of layers) reset(end, layer);
    return;
  }
  const range = selection.getRangeAt(0);
  for (const [layer, end] of layers) {
    if (range.intersectsNode(layer)) layer.classList.add('selecting');
    else reset(end, layer);
  }
  const modifyStart =
    previous !== undefined &&
    (range.compareBoundaryPoints(Range.END_TO_END, previous) === 0 ||
      range.compareBoundaryPoints(Range.START_TO_END, previous) === 0);
  let anchor: Node | null = modifyStart ? range.startContainer : range.endContainer;
  if (anchor.nodeType === Node.TEXT_NODE) anchor = anchor.parentNode;
  if (!modifyStart && range.endOffset === 0 && anchor) {
    // The selection ends at the start of a node: the end block goes after the previous text.
    do {
      while (anchor && !anchor.previousSibling) anchor = anchor.parentNode;
      anchor = anchor?.previousSibling ?? null;
    } while (anchor && anchor.childNodes.length === 0);
  }
  const element = anchor instanceof Element ? anchor : null;
  const layer = element?.parentElement?.closest<HTMLElement>('.textLayer');
  const end = layer ? layers.get(layer) : undefined;
  if (layer && end && element?.parentElement) {
    end.style.width = layer.style.width;
    end.style.height = layer.style.height;
    end.style.userSelect = 'text';
    element.parentElement.insertBefore(end, modifyStart ? element : element.nextSibling);
  }
  previous = range.cloneRange();
}

function onPointerUp(): void {
  for (const [layer, end] of layers) if (!layer.classList.contains('selecting')) reset(end, layer);
  previous = undefined;
}

/** Adds the end-of-content block to a rendered text layer; the returned function removes it. */
export function guardSelection(layer: HTMLElement): () => void {
  const end = document.createElement('div');
  end.className = 'endOfContent';
  layer.append(end);
  const start = (): void => layer.classList.add('selecting');
  layer.addEventListener('mousedown', start);
  layers.set(layer, end);
  if (!listening) {
    listening = true;
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerup', onPointerUp);
  }
  return () => {
    layer.removeEventListener('mousedown', start);
    layers.delete(layer);
    end.remove();
    if (layers.size === 0) {
      listening = false;
      previous = undefined;
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerup', onPointerUp);
    }
  };
}
