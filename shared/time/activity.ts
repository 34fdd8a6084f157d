/**
 * Client-side active time, measured only from what the expert does in the app: input in a task
 * (keys, pointer, scroll, selection) and focus of the task's window. Nothing else is observed —
 * no screenshots, no other applications, no hidden signals — and the expert sees the same numbers.
 *
 * Rule: every signal keeps the clock running for up to `idleMs` after it. The clock stops at once
 * when the window loses focus or is hidden, and switches when another task gets a signal.
 */

/** Milliseconds since the epoch on the client clock; the server corrects for skew. */
export type ClientTime = number;

export type ActivityEvent =
  /** Keyboard, pointer, wheel/scroll or selection inside the task's pane. */
  | { readonly kind: 'input'; readonly at: ClientTime; readonly taskId: string }
  /** The task's window or pane became focused and visible. */
  | { readonly kind: 'focus'; readonly at: ClientTime; readonly taskId: string }
  /** The window lost focus, was hidden or locked, or the expert paused the clock. */
  | { readonly kind: 'blur'; readonly at: ClientTime };

export interface ActivityOptions {
  /** Pause after which the expert counts as idle (configurable per project; e.g. 2 minutes). */
  readonly idleMs: number;
}

/** A stretch of active time on one task, client clock, `end` exclusive. */
export interface ActiveInterval {
  readonly taskId: string;
  readonly start: ClientTime;
  readonly end: ClientTime;
}

interface OpenStretch {
  readonly taskId: string;
  readonly start: ClientTime;
  /** Time of the latest signal; the stretch runs on to at most lastSignal + idleMs. */
  readonly lastSignal: ClientTime;
}

export interface ActivityState {
  readonly open: OpenStretch | null;
  /** Closed intervals not yet taken by `checkpoint` (i.e. not yet queued for sync). */
  readonly closed: readonly ActiveInterval[];
}

export const NO_ACTIVITY: ActivityState = { open: null, closed: [] };

function assertOptions(options: ActivityOptions): void {
  if (!Number.isFinite(options.idleMs) || options.idleMs <= 0)
    throw new RangeError('idleMs must be a positive number of milliseconds');
}

/** Where an open stretch ends if nothing more happens before `now`. */
function endOf(open: OpenStretch, now: ClientTime, options: ActivityOptions): ClientTime {
  return Math.max(open.start, Math.min(now, open.lastSignal + options.idleMs));
}

function close(state: ActivityState, at: ClientTime, options: ActivityOptions): ActivityState {
  if (!state.open) return state;
  const end = endOf(state.open, at, options);
  const closed =
    end > state.open.start
      ? [...state.closed, { taskId: state.open.taskId, start: state.open.start, end }]
      : state.closed;
  return { open: null, closed };
}

/** Applies one event. A clock that jumps backwards closes the stretch at its last signal. */
export function recordActivity(
  state: ActivityState,
  event: ActivityEvent,
  options: ActivityOptions,
): ActivityState {
  assertOptions(options);
  if (!Number.isFinite(event.at)) return state;
  const open = state.open;
  if (open && event.at < open.lastSignal) state = close(state, open.lastSignal, options);
  if (event.kind === 'blur') return close(state, event.at, options);
  const current = state.open;
  if (current && current.taskId === event.taskId && event.at - current.lastSignal <= options.idleMs)
    return { ...state, open: { ...current, lastSignal: event.at } };
  const closed = close(state, event.at, options);
  return { ...closed, open: { taskId: event.taskId, start: event.at, lastSignal: event.at } };
}

/**
 * Takes the intervals to sync as of `now`: everything closed, plus the open stretch up to now (so
 * a crash loses nothing already shown). The open stretch continues from where the cut was made;
 * the server merges the touching pieces.
 */
export function checkpoint(
  state: ActivityState,
  now: ClientTime,
  options: ActivityOptions,
): { state: ActivityState; intervals: ActiveInterval[] } {
  assertOptions(options);
  const intervals = [...state.closed];
  let open = state.open;
  if (open) {
    const end = endOf(open, now, options);
    if (end > open.start) intervals.push({ taskId: open.taskId, start: open.start, end });
    // Idle for good: nothing left to carry over.
    open = now - open.lastSignal > options.idleMs ? null : { ...open, start: end };
  }
  return { state: { open, closed: [] }, intervals };
}

/** Active ms shown live to the expert (per task when `taskId` is given) as of `now`. */
export function activeMs(
  state: ActivityState,
  now: ClientTime,
  options: ActivityOptions,
  taskId?: string,
): number {
  const { intervals } = checkpoint(state, now, options);
  return intervals
    .filter((i) => taskId === undefined || i.taskId === taskId)
    .reduce((sum, i) => sum + (i.end - i.start), 0);
}

/** All intervals a sequence of events yields up to `now` (default: the last event). */
export function activeIntervals(
  events: readonly ActivityEvent[],
  options: ActivityOptions,
  now?: ClientTime,
): ActiveInterval[] {
  const state = events.reduce((s, e) => recordActivity(s, e, options), NO_ACTIVITY);
  const end = now ?? events.reduce((max, e) => Math.max(max, e.at), -Infinity);
  return checkpoint(state, end, options).intervals;
}
