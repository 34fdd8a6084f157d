/**
 * Ways for the text pane to wait, so that work on a large document goes around the text's paint
 * and the expert's input instead of in front of them.
 */

/** Yields to the event loop (input, paint) without setTimeout's 4 ms clamping. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Resolves once the next frame has been painted. */
export const afterPaint = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Resolves when the main thread has nothing else to do (or after `timeout` ms at the latest):
 * for work that is only an optimisation for later, such as warming an index.
 */
export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
