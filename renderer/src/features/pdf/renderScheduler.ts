/** Why a render stopped before it finished. */
export type AbortReason = 'timeout' | 'cancelled';

export interface RenderJob {
  readonly pageIndex: number;
  /** Higher runs first; read when choosing the next job, so it can follow the scroll position. */
  readonly priority: () => number;
  /** Draws the page; must stop promptly when the signal aborts (its reason is an AbortReason). */
  readonly run: (signal: AbortSignal) => Promise<void>;
  /** Told when the job was abandoned for taking longer than the budget. */
  readonly onTimeout: () => void;
}

/**
 * Draws pages one at a time, most useful first (the page in view before the ones around it), and
 * abandons a page that takes longer than `budgetMs` of its own time so one pathological page
 * cannot hold up the others. pdf.js does the work in its workers; this only decides the order.
 */
export class RenderScheduler {
  private readonly queue = new Set<RenderJob>();
  private active?: { job: RenderJob; controller: AbortController };

  constructor(private readonly budgetMs: number) {}

  /** Queues a job; the returned function withdraws it (and stops it if it is running). */
  request(job: RenderJob): () => void {
    this.queue.add(job);
    // Pages mounted together ask in the same tick; choose among all of them, not the first.
    queueMicrotask(() => this.pump());
    return () => {
      this.queue.delete(job);
      if (this.active?.job === job) this.active.controller.abort('cancelled' satisfies AbortReason);
    };
  }

  get pending(): number {
    return this.queue.size + (this.active ? 1 : 0);
  }

  private next(): RenderJob | undefined {
    let best: RenderJob | undefined;
    let bestPriority = -Infinity;
    for (const job of this.queue) {
      const priority = job.priority();
      if (priority > bestPriority) {
        best = job;
        bestPriority = priority;
      }
    }
    return best;
  }

  private pump(): void {
    if (this.active) return;
    const job = this.next();
    if (!job) return;
    this.queue.delete(job);
    const controller = new AbortController();
    this.active = { job, controller };
    const timer = setTimeout(() => {
      controller.abort('timeout' satisfies AbortReason);
    }, this.budgetMs);
    void job
      .run(controller.signal)
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        if (controller.signal.reason === 'timeout') job.onTimeout();
        this.active = undefined;
        // Let the browser paint between pages.
        setTimeout(() => this.pump(), 0);
      });
  }

  dispose(): void {
    this.queue.clear();
    this.active?.controller.abort('cancelled' satisfies AbortReason);
  }
}
