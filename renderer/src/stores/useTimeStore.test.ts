import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlatformCall, PlatformCallResult } from '../../../shared/ipc/contract';
import { useBridgeForTests } from '../api';
import { createFakeBridge } from '../api/fakeBridge';
import { db } from '../db/schema';
import { measuredMs, useTimeStore } from './useTimeStore';
import { NO_ACTIVITY } from '../../../shared/time/activity';

const sent: PlatformCall[] = [];
let online = true;

beforeEach(async () => {
  vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
  sent.length = 0;
  online = true;
  await db().timeIntervals.clear();
  useTimeStore.setState({ activity: NO_ACTIVITY, idleMs: 60_000, paused: false });
  useBridgeForTests(
    createFakeBridge({
      'platform:call': (call): PlatformCallResult => {
        sent.push(call);
        return online
          ? {
              ok: true,
              data: {
                batchId: '01890000-0000-7000-8000-00000000000b',
                receivedAt: '2026-01-01T00:00:00.000Z',
                intervals: 1,
                replayed: false,
              },
            }
          : { ok: false, failure: 'offline' };
      },
    }).bridge,
  );
});
afterEach(() => {
  vi.useRealTimers();
  useBridgeForTests(undefined);
});

describe('time store', () => {
  it('measures input with an idle pause, keeps it locally, and sends it once online', async () => {
    const time = useTimeStore.getState();
    time.signal({ kind: 'focus', at: Date.now(), taskId: 'a1' });
    vi.setSystemTime(1_030_000);
    time.signal({ kind: 'input', at: Date.now(), taskId: 'a1' });
    // Idle: two minutes pass without input; only 30 s + the 60 s idle allowance count.
    vi.setSystemTime(1_150_000);
    online = false;
    await expect(useTimeStore.getState().flush()).rejects.toThrow();
    expect(await measuredMs('a1')).toBe(90_000);
    expect(await db().timeIntervals.where('synced').equals(0).count()).toBe(1);
    online = true;
    await useTimeStore.getState().flush();
    expect(await db().timeIntervals.where('synced').equals(0).count()).toBe(0);
    const batches = sent.filter((c) => c.op === 'time.record');
    // The same interval (same id) went out twice: the platform counts it once.
    expect(batches).toHaveLength(2);
    const ids = batches.map((b) => (b.body as { intervals: { id: string }[] }).intervals[0]?.id);
    expect(ids[0]).toBe(ids[1]);
    expect((batches[1]?.body as { intervals: unknown[] }).intervals).toEqual([
      { id: ids[0], assignmentId: 'a1', start: 1_000_000, end: 1_090_000 },
    ]);
  });

  it('ignores signals while paused by the expert', async () => {
    const time = useTimeStore.getState();
    time.signal({ kind: 'input', at: Date.now(), taskId: 'a1' });
    vi.setSystemTime(1_010_000);
    time.pause();
    vi.setSystemTime(1_020_000);
    useTimeStore.getState().signal({ kind: 'input', at: Date.now(), taskId: 'a1' });
    await useTimeStore.getState().save();
    expect(await measuredMs('a1')).toBe(10_000);
  });
});
