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
  /** Thread (CPU) time, where the trace has it. */
  readonly tts?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/** A top-level task on a thread's message loop (`ThreadControllerImpl::RunTask` in recent Chromium). */
const TASK = /(^|::)RunTask$/;
const START = 'glossator:spans:start';
const APPLIED = 'glossator:spans:applied';

export interface LongestTask {
  /** Wall-clock duration: what the user waits, including time the OS gave to other processes. */
  readonly wallMs: number;
  /** CPU time of that thread in the longest task (by CPU time). */
  readonly cpuMs: number;
}

export function longestRendererTask(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
  betweenMarks: boolean,
): LongestTask {
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
  let wall = 0;
  let cpu = 0;
  const consider = (start: number, duration: number, cpuDuration: number): void => {
    if (start + duration < from || start > to) return;
    wall = Math.max(wall, duration / 1000);
    cpu = Math.max(cpu, cpuDuration / 1000);
  };
  /** Open 'B' events per thread, for tasks traced as begin/end pairs. */
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!TASK.test(e.name) || !mainThreads.has(thread)) continue;
    if (e.ph === 'X') consider(e.ts, e.dur ?? 0, e.tdur ?? e.dur ?? 0);
    else if (e.ph === 'B') open.set(thread, [...(open.get(thread) ?? []), e]);
    else if (e.ph === 'E') {
      const stack = open.get(thread) ?? [];
      const begin = stack.pop();
      if (begin && stack.length === 0)
        consider(begin.ts, e.ts - begin.ts, (e.tts ?? e.ts) - (begin.tts ?? begin.ts));
    }
  }
  return { wallMs: wall, cpuMs: cpu };
}
