import { useMemo } from 'react';
import { LineIndex } from '../../../../shared/anchor/textOffsets';

/**
 * The text's line index, built on first use rather than on first render: for a 10 MB text it
 * takes a few tens of milliseconds that the first paint should not wait for.
 */
export function useLineIndex(text: string): () => LineIndex {
  return useMemo(() => {
    let index: LineIndex | undefined;
    return () => (index ??= LineIndex.of(text));
  }, [text]);
}
