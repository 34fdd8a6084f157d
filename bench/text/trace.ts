/**
 * The longest task on the page's main thread, from a Chromium trace (categories `toplevel`,
 * `devtools.timeline`, `blink.user_timing`). With `betweenMarks`, only tasks overlapping the span
 * decorations' start and applied marks count.
 */
interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** A top-level task on a thread's message loop (`ThreadControllerImpl::RunTask` in recent Chromium). */
const TASK = /(^|::)RunTask$/;
const START = 'glossator:spans:start';
const APPLIED = 'glossator:spans:applied';

export function longestRendererTask(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
  betweenMarks: boolean,
): number {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let from = -Infinity;
  let to = Infinity;
  if (betweenMarks) {
    const start = events.find((e) => e.name === START);
    const applied = events.filter((e) => e.name === APPLIED).at(0);
    if (start) from = start.ts;
    if (applied) to = applied.ts;
  }
  let longest = 0;
  const consider = (start: number, duration: number): void => {
    if (start + duration < from || start > to) return;
    longest = Math.max(longest, duration / 1000);
  };
  /** Open 'B' events per thread, for tasks traced as begin/end pairs. */
  const open = new Map<string, number[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!TASK.test(e.name) || !mainThreads.has(thread)) continue;
    if (e.ph === 'X') consider(e.ts, e.dur ?? 0);
    else if (e.ph === 'B') open.set(thread, [...(open.get(thread) ?? []), e.ts]);
    else if (e.ph === 'E') {
      const stack = open.get(thread) ?? [];
      const begin = stack.pop();
      if (begin !== undefined && stack.length === 0) consider(begin, e.ts - begin);
    }
  }
  return longest;
}
