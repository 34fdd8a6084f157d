import { create } from 'zustand';
import { uuidv7 } from 'uuidv7';
import {
  checkpoint,
  NO_ACTIVITY,
  recordActivity,
  type ActivityEvent,
  type ActivityState,
} from '../../../shared/time/activity';
import { callPlatform } from '../api/platformOps';
import { db } from '../db/schema';

interface TimeState {
  readonly activity: ActivityState;
  readonly idleMs: number;
  /** Manually paused by the expert: signals are ignored until they resume. */
  readonly paused: boolean;
  readonly setIdle: (idleMs: number) => void;
  readonly signal: (event: ActivityEvent) => void;
  readonly pause: () => void;
  readonly resume: () => void;
  /** Moves measured time into the local table (it survives a crash from here on). */
  readonly save: () => Promise<void>;
  /** Saves, then sends everything not yet stored on the platform as one batch. */
  readonly flush: () => Promise<void>;
}

/**
 * Active time, measured only from input and focus in the task's workspace (see
 * shared/time/activity.ts): nothing else is observed, and the expert sees the same numbers.
 */
export const useTimeStore = create<TimeState>()((set, get) => ({
  activity: NO_ACTIVITY,
  idleMs: 120_000,
  paused: false,
  setIdle: (idleMs) => set({ idleMs }),
  signal: (event) => {
    const { paused, idleMs, activity } = get();
    if (paused && event.kind !== 'blur') return;
    set({ activity: recordActivity(activity, event, { idleMs }) });
  },
  pause: () => {
    get().signal({ kind: 'blur', at: Date.now() });
    set({ paused: true });
  },
  resume: () => set({ paused: false }),
  save: async () => {
    const { state, intervals } = checkpoint(get().activity, Date.now(), { idleMs: get().idleMs });
    set({ activity: state });
    if (intervals.length === 0) return;
    await db().timeIntervals.bulkPut(
      intervals.map((i) => ({
        id: uuidv7(),
        assignmentId: i.taskId,
        start: i.start,
        end: i.end,
        synced: 0 as const,
      })),
    );
  },
  flush: async () => {
    await get().save();
    const pending = await db().timeIntervals.where('synced').equals(0).toArray();
    if (pending.length === 0) return;
    for (let i = 0; i < pending.length; i += 1_000) {
      const slice = pending.slice(i, i + 1_000);
      await callPlatform(
        'time.record',
        {},
        {
          batchId: uuidv7(),
          clientSentAt: Date.now(),
          intervals: slice.map(({ id, assignmentId, start, end }) => ({
            id,
            assignmentId,
            start,
            end,
          })),
        },
      );
      await db().timeIntervals.bulkPut(slice.map((row) => ({ ...row, synced: 1 as const })));
    }
  },
}));

/** Active ms measured here for one assignment: stored intervals plus the running stretch. */
export async function measuredMs(assignmentId: string): Promise<number> {
  const rows = await db().timeIntervals.where('assignmentId').equals(assignmentId).toArray();
  return rows.reduce((sum, r) => sum + (r.end - r.start), 0);
}
