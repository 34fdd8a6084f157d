import { useCallback, useRef, type UIEvent } from 'react';

/**
 * Scrolls sibling panes together by proportion (answers differ in length), so the same part of
 * similar answers stays side by side. A pane moved by its sibling does not echo the move back.
 */
export function useSyncedScroll(enabled: boolean) {
  const panes = useRef(new Map<string, HTMLDivElement>());
  const echo = useRef(new Set<HTMLElement>());
  const register = useCallback(
    (key: string) => (element: HTMLDivElement | null) => {
      if (element) panes.current.set(key, element);
      else panes.current.delete(key);
    },
    [],
  );
  const onScroll = useCallback(
    (event: UIEvent<HTMLDivElement>) => {
      const source = event.currentTarget;
      if (echo.current.delete(source) || !enabled) return;
      const range = source.scrollHeight - source.clientHeight;
      const ratio = range > 0 ? source.scrollTop / range : 0;
      for (const pane of panes.current.values()) {
        if (pane === source) continue;
        const top = Math.round(ratio * (pane.scrollHeight - pane.clientHeight));
        if (Math.abs(pane.scrollTop - top) < 1) continue;
        echo.current.add(pane);
        pane.scrollTop = top;
      }
    },
    [enabled],
  );
  return { register, onScroll };
}
