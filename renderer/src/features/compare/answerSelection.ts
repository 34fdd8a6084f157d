/**
 * The selected part of an answer as offsets into its markdown. The answer's source view holds the
 * markdown as plain text nodes (marks are spans around pieces of it), so the length of the text
 * before a boundary is the offset.
 */
export function selectionOffsets(
  container: HTMLElement,
  selection: Selection | null,
): { start: number; end: number } | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return undefined;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : undefined;
}
