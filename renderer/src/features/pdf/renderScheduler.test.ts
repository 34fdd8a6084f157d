import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RenderScheduler, type RenderJob } from './renderScheduler';

function job(pageIndex: number, priority: number, log: string[], ms = 10): RenderJob {
  return {
    pageIndex,
    priority: () => priority,
    run: (signal) =>
      new Promise<void>((resolve) => {
        const done = setTimeout(() => {
          log.push(`done ${pageIndex}`);
          resolve();
        }, ms);
        signal.addEventListener('abort', () => {
          clearTimeout(done);
          log.push(`abort ${pageIndex} ${String(signal.reason)}`);
          resolve();
        });
      }),
    onTimeout: () => log.push(`timeout ${pageIndex}`),
  };
}

describe('RenderScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('draws one page at a time, the most useful first', async () => {
    const log: string[] = [];
    const scheduler = new RenderScheduler(1000);
    scheduler.request(job(5, 1, log));
    scheduler.request(job(6, 3, log));
    scheduler.request(job(7, 2, log));
    await vi.runAllTimersAsync();
    // Asked for in the same tick (as pages mounted together are): chosen by priority.
    expect(log).toEqual(['done 6', 'done 7', 'done 5']);
    expect(scheduler.pending).toBe(0);
  });

  it('does not hold a running page back for a more useful one asked later', async () => {
    const log: string[] = [];
    const scheduler = new RenderScheduler(1000);
    scheduler.request(job(5, 1, log));
    await vi.advanceTimersByTimeAsync(1);
    scheduler.request(job(6, 3, log));
    await vi.runAllTimersAsync();
    expect(log).toEqual(['done 5', 'done 6']);
  });

  it('abandons a page over its budget and moves on', async () => {
    const log: string[] = [];
    const scheduler = new RenderScheduler(100);
    scheduler.request(job(1, 1, log, 10_000));
    scheduler.request(job(2, 0, log, 10));
    await vi.advanceTimersByTimeAsync(150);
    expect(log).toEqual(['abort 1 timeout', 'timeout 1', 'done 2']);
  });

  it('withdraws queued jobs and stops the running one when asked', async () => {
    const log: string[] = [];
    const scheduler = new RenderScheduler(1000);
    const cancelRunning = scheduler.request(job(1, 2, log, 500));
    const cancelQueued = scheduler.request(job(2, 1, log, 10));
    await vi.advanceTimersByTimeAsync(1);
    cancelQueued();
    cancelRunning();
    await vi.runAllTimersAsync();
    expect(log).toEqual(['abort 1 cancelled']);
  });
});
