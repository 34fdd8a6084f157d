import { useEffect, useRef } from 'react';
import type { TextEditor } from './useTextEditor';

export interface EditorKeyHandlers {
  /** A label shortcut; returns false when no label has that key. */
  readonly label: (key: string) => boolean;
  readonly step: (direction: 1 | -1) => void;
  readonly deleteActive: () => void;
  readonly openActive: () => void;
  readonly selectSentence: () => void;
}

/**
 * Labelling keys inside the read-only editor: label shortcuts, `]`/`[` to walk annotations,
 * Delete to delete the active one, Enter to open it, Alt+Shift+S to select the sentence. Keys the
 * pane handles never reach Monaco; everything else (arrows, Shift+arrows, Ctrl+F, Ctrl+G…) does.
 */
export function useEditorKeys(
  instance: TextEditor | undefined,
  handlers: EditorKeyHandlers,
  sentenceActionLabel: string,
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!instance) return;
    const { editor, monaco } = instance;
    const action = editor.addAction({
      id: 'glossator.selectSentence',
      label: sentenceActionLabel,
      keybindings: [monaco.KeyMod.Alt | monaco.KeyMod.Shift | monaco.KeyCode.KeyS],
      contextMenuGroupId: '9_cutcopypaste',
      run: () => latest.current.selectSentence(),
    });
    const keys = editor.onKeyDown((event) => {
      const e = event.browserEvent;
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const handlers = latest.current;
      let handled = true;
      if (e.key === ']') handlers.step(1);
      else if (e.key === '[') handlers.step(-1);
      else if (e.key === 'Delete' || e.key === 'Backspace') handlers.deleteActive();
      else if (e.key === 'Enter') handlers.openActive();
      else handled = e.key.length === 1 && handlers.label(e.key);
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    });
    return () => {
      action.dispose();
      keys.dispose();
    };
  }, [instance, sentenceActionLabel]);
}
