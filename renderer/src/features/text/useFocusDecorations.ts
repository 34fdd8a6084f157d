import { useEffect, useRef } from 'react';
import type { editor } from 'monaco-editor/editor';
import type { OffsetMap } from '../../../../shared/anchor/textOffsets';
import type { TextPosition } from '../../../../shared/model/annotation';
import { rangeOf } from './decorationSync';
import type { TextEditor } from './useTextEditor';

export interface FocusSpans {
  /** The annotation being worked on. */
  readonly active?: TextPosition;
  /** Spans related to it (either direction): where its relations lead. */
  readonly related: readonly TextPosition[];
}

/** Outlines the active span and its relation partners, so relations are visible in the text. */
export function useFocusDecorations(
  instance: TextEditor | undefined,
  index: () => OffsetMap,
  focus: FocusSpans,
): void {
  const collection = useRef<editor.IEditorDecorationsCollection>(undefined);
  useEffect(() => {
    if (!instance) return;
    collection.current = instance.editor.createDecorationsCollection();
    return () => {
      if (!instance.model.isDisposed()) collection.current?.clear();
      collection.current = undefined;
    };
  }, [instance]);

  useEffect(() => {
    if (!instance || !collection.current) return;
    const lines = index();
    const decorations: editor.IModelDeltaDecoration[] = focus.related.map((span) => ({
      range: rangeOf(lines, span.start, span.end),
      options: { className: 'gl-related', stickiness: 1 },
    }));
    if (focus.active)
      decorations.push({
        range: rangeOf(lines, focus.active.start, focus.active.end),
        options: {
          className: 'gl-active',
          stickiness: 1,
        },
      });
    collection.current.set(decorations);
  }, [instance, index, focus]);
}
