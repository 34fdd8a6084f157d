import { describe, expect, it } from 'vitest';
import { createConnectionStatus, reportingWhile } from './connectionStatus';

describe('reportingWhile', () => {
  it('passes reports on while active and drops the ones that land after', () => {
    const status = createConnectionStatus();
    const seen: string[] = [];
    status.onChange((s) => seen.push(s.state));
    let signedIn = true;
    const replies = reportingWhile(status, () => signedIn);
    replies.set({ state: 'online' });
    expect(status.get().state).toBe('online');
    // Sign-out sets "local" itself; a sync reply already on its way must not undo that.
    signedIn = false;
    status.set({ state: 'local' });
    replies.set({ state: 'online' });
    replies.set({ state: 'offline', detail: 'the platform did not answer' });
    expect(replies.get()).toEqual({ state: 'local' });
    expect(seen).toEqual(['online', 'local']);
  });
});
