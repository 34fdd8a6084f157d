import { useMemo } from 'react';
import type { editor } from 'monaco-editor/editor';
import { LineIndex, type OffsetMap } from '../../../../shared/anchor/textOffsets';
import type { TextEditor } from './useTextEditor';

/**
 * A text with only LF line ends is held by Monaco exactly as it is, so the model's own line table
 * answers; a text with CR anywhere (CRLF, lone CR, mixed) gets our LineIndex, because Monaco
 * normalises mixed line ends and its offsets would drift from the canonical text's.
 */
function lazyOffsets(text: string, model: editor.ITextModel | undefined): () => OffsetMap {
  let map: OffsetMap | undefined;
  return () => {
    if (map) return map;
    if (model && !text.includes('\r') && model.getValueLength() === text.length) {
      map = {
        positionAt: (offset) => model.getPositionAt(offset),
        offsetAt: (position) => model.getOffsetAt(position),
      };
    } else map = LineIndex.of(text);
    return map;
  };
}

/** Offsets ↔ positions for the open text, built on first use (never before the first paint). */
export function useOffsets(text: string, instance: TextEditor | undefined): () => OffsetMap {
  return useMemo(() => lazyOffsets(text, instance?.model), [text, instance]);
}
