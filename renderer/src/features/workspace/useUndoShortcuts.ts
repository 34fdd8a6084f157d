import { useEffect } from 'react';
import { tinykeys } from 'tinykeys';
import { useAnnotationStore } from '../../stores/useAnnotationStore';

/**
 * True when the key goes to something the expert types in, which has its own undo: a field, or
 * an editable code editor marked `data-typing-field` (Monaco takes keys through an EditContext
 * element that is neither a textarea nor contenteditable).
 */
export function typingInField(target: EventTarget | null): boolean {
  // A read-only field (the text pane's editor) takes no typing, so its undo is ours.
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)
    return !target.readOnly;
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) ||
      target.closest('[data-typing-field]') !== null)
  );
}

/** Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo annotation edits, except while typing in a field. */
export function useUndoShortcuts(): void {
  useEffect(
    () =>
      tinykeys(window, {
        '$mod+KeyZ': (event) => {
          if (typingInField(event.target)) return;
          event.preventDefault();
          void useAnnotationStore.getState().undo();
        },
        '$mod+Shift+KeyZ': (event) => {
          if (typingInField(event.target)) return;
          event.preventDefault();
          void useAnnotationStore.getState().redo();
        },
        '$mod+KeyY': (event) => {
          if (typingInField(event.target)) return;
          event.preventDefault();
          void useAnnotationStore.getState().redo();
        },
      }),
    [],
  );
}
