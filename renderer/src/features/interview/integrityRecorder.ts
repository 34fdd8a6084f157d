/**
 * What the interview records while a prompt is shown: pastes (how many characters) and leaving
 * the window (blur or a hidden tab, counted once until the expert comes back). The expert is told
 * this before starting; reviewers read it; it never changes a score.
 */
import type { IntegrityEvent } from '../../../../shared/interview/integrity';

export interface IntegrityRecorder {
  /** The prompt now shown; events are attributed to it. */
  setTurn(turnId: string | undefined): void;
  paste(chars: number): void;
  away(): void;
  back(): void;
  /** Takes the events recorded so far (to send them). */
  take(): IntegrityEvent[];
  /** Puts events back at the front after a failed send. */
  restore(events: readonly IntegrityEvent[]): void;
}

export function createIntegrityRecorder(now: () => Date = () => new Date()): IntegrityRecorder {
  let turnId: string | undefined;
  let isAway = false;
  let queue: IntegrityEvent[] = [];
  const at = () => now().toISOString();
  return {
    setTurn(next) {
      // Coming back to a new prompt closes an absence that began on the previous one.
      if (isAway && turnId && next !== turnId)
        queue.push({ kind: 'focus-returned', turnId, at: at() });
      turnId = next;
      isAway = false;
    },
    paste(chars) {
      if (turnId && chars > 0) queue.push({ kind: 'paste', turnId, at: at(), chars });
    },
    away() {
      if (!turnId || isAway) return;
      isAway = true;
      queue.push({ kind: 'focus-lost', turnId, at: at() });
    },
    back() {
      if (!turnId || !isAway) return;
      isAway = false;
      queue.push({ kind: 'focus-returned', turnId, at: at() });
    },
    take() {
      const taken = queue;
      queue = [];
      return taken;
    },
    restore(events) {
      queue = [...events, ...queue];
    },
  };
}
