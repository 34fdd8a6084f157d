import { useCallback, useEffect, useRef, useState } from 'react';
import type { OffsetMap } from '../../../../shared/anchor/textOffsets';
import type { TextPosition } from '../../../../shared/model/annotation';
import type { TextEditor } from './useTextEditor';

export interface EditorSelection {
  readonly selection: TextPosition | undefined;
  /** Runs `move` (which sets the editor's selection) without it counting as the expert's move. */
  readonly quietly: (move: () => void) => void;
}

/**
 * The editor's selection as canonical-text offsets, updated as it moves. `onUserChange` hears
 * the expert's moves (keyboard, mouse, find, go to line), not the pane's own (`quietly`).
 */
export function useEditorSelection(
  instance: TextEditor | undefined,
  index: () => OffsetMap,
  onUserChange: (selection: TextPosition) => void,
): EditorSelection {
  const [selection, setSelection] = useState<TextPosition>();
  const paneMoving = useRef(false);
  const latest = useRef(onUserChange);
  useEffect(() => {
    latest.current = onUserChange;
  });
  useEffect(() => {
    if (!instance) return;
    const subscription = instance.editor.onDidChangeCursorSelection((event) => {
      const s = event.selection;
      const lines = index();
      const start = lines.offsetAt({ lineNumber: s.startLineNumber, column: s.startColumn });
      const end = lines.offsetAt({ lineNumber: s.endLineNumber, column: s.endColumn });
      setSelection((previous) =>
        previous?.start === start && previous.end === end ? previous : { start, end },
      );
      // Monaco fires this synchronously inside setSelection, so the flag tells whose move it was.
      if (!paneMoving.current) latest.current({ start, end });
    });
    return () => subscription.dispose();
  }, [instance, index]);
  const quietly = useCallback((move: () => void) => {
    paneMoving.current = true;
    try {
      move();
    } finally {
      paneMoving.current = false;
    }
  }, []);
  return { selection, quietly };
}
