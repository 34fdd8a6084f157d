/** In-page helpers shared by both harnesses: frames, waiting and DOM statistics. */

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves on the first frame where `done()` holds (or rejects after `timeoutMs`). */
export async function frameUntil(done: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!done()) {
    if (performance.now() - start > timeoutMs) throw new Error('timed out waiting in the page');
    await nextFrame();
  }
}

/** Resolves as soon as the DOM holds an element matching `selector` (checked on every mutation). */
export function appeared(selector: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (document.querySelector(selector)) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out waiting for ${selector}`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface DomStats {
  readonly canvases: number;
  readonly nodes: number;
}

/** Every canvas and element in the document, whoever made them (viewer, pdf.js, React). */
export function domStats(): DomStats {
  return {
    canvases: document.querySelectorAll('canvas').length,
    nodes: document.getElementsByTagName('*').length,
  };
}

export interface Harness {
  /** Opens the document and resolves with the time until page 1 is drawn (ms). */
  open(): Promise<number>;
  /** Jumps from page 1 to `page` and resolves with the time until it is drawn (ms). */
  jump(page: number): Promise<number>;
  /** Scrolls a screen at a time until page `page` is at the top. */
  scrollTo(page: number): Promise<void>;
  stats(): DomStats;
  /**
   * Labels a selection on the page in view; resolves with the times from the key press to the
   * highlight on screen and to the annotation stored (Dexie + outbox) and drawn from the store.
   */
  label?(attempt: number): Promise<{ screen: number; stored: number }>;
}

declare global {
  interface Window {
    harness?: Harness;
  }
}
