import { useEffect } from 'react';
import { tinykeys } from 'tinykeys';
import { useNavStore, VIEWS } from '../../stores/useNavStore';

/** Ctrl+1…6 (⌘ on macOS) switches views and moves focus to the view's heading. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const bindings: Record<string, (event: KeyboardEvent) => void> = {};
    VIEWS.forEach((view, index) => {
      bindings[`$mod+Digit${index + 1}`] = (event) => {
        event.preventDefault();
        useNavStore.getState().go(view);
        requestAnimationFrame(() => document.getElementById('main')?.focus());
      };
    });
    return tinykeys(window, bindings);
  }, []);
}
