import { useEffect } from 'react';
import { tinykeys } from 'tinykeys';

export interface CompareKeyActions {
  readonly toggleDiff: () => void;
  readonly toggleRendered: () => void;
  readonly focusRewrite: () => void;
  readonly focusRanking: () => void;
  /** Alt+1…9: the keyboard goes to that answer's text. */
  readonly focusAnswer: (index: number) => void;
}

/** The review's shortcuts; each is shown beside its control (and in the legend). */
export const COMPARE_KEYS = {
  diff: 'Alt+D',
  rendered: 'Alt+P',
  rewrite: 'Alt+R',
  ranking: 'Alt+K',
  answer: 'Alt+1…9',
} as const;

export function useCompareKeys(actions: CompareKeyActions): void {
  useEffect(() => {
    const run =
      (action: () => void) =>
      (event: KeyboardEvent): void => {
        event.preventDefault();
        action();
      };
    const bindings: Record<string, (event: KeyboardEvent) => void> = {
      'Alt+KeyD': run(actions.toggleDiff),
      'Alt+KeyP': run(actions.toggleRendered),
      'Alt+KeyR': run(actions.focusRewrite),
      'Alt+KeyK': run(actions.focusRanking),
    };
    for (let i = 1; i <= 9; i++) bindings[`Alt+Digit${i}`] = run(() => actions.focusAnswer(i - 1));
    return tinykeys(window, bindings);
  }, [actions]);
}
