import { useEffect } from 'react';
import { useTimeStore } from '../../stores/useTimeStore';

const SAVE_EVERY_MS = 30_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'scroll'] as const;

/**
 * Feeds the clock of one assignment from input and focus in this window, only while the task is
 * editable. Nothing else is read: no screenshots, no other windows, no key contents. Measured time
 * is saved locally every 30 s and sent to the platform when it can be.
 */
export function useActivityTracking(assignmentId: string | undefined, idleSeconds: number): void {
  useEffect(() => {
    if (!assignmentId) return;
    const time = useTimeStore.getState();
    time.setIdle(idleSeconds * 1000);
    const input = (): void => {
      if (document.visibilityState === 'visible')
        useTimeStore.getState().signal({ kind: 'input', at: Date.now(), taskId: assignmentId });
    };
    const focus = (): void =>
      useTimeStore.getState().signal({ kind: 'focus', at: Date.now(), taskId: assignmentId });
    const blur = (): void => useTimeStore.getState().signal({ kind: 'blur', at: Date.now() });
    const visibility = (): void => (document.visibilityState === 'hidden' ? blur() : focus());
    for (const name of INPUT_EVENTS)
      window.addEventListener(name, input, { capture: true, passive: true });
    document.addEventListener('selectionchange', input);
    window.addEventListener('focus', focus);
    window.addEventListener('blur', blur);
    document.addEventListener('visibilitychange', visibility);
    if (document.hasFocus()) focus();
    const timer = setInterval(() => {
      void useTimeStore
        .getState()
        .flush()
        .catch(() => undefined);
    }, SAVE_EVERY_MS);
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, input, { capture: true });
      document.removeEventListener('selectionchange', input);
      window.removeEventListener('focus', focus);
      window.removeEventListener('blur', blur);
      document.removeEventListener('visibilitychange', visibility);
      clearInterval(timer);
      blur();
      void useTimeStore
        .getState()
        .flush()
        .catch(() => undefined);
    };
  }, [assignmentId, idleSeconds]);
}
