import { describe, expect, it } from 'vitest';
import { createIntegrityRecorder } from './integrityRecorder';

function clock() {
  let t = Date.parse('2025-03-03T09:00:00.000Z');
  return () => new Date((t += 1000));
}

describe('the integrity recorder', () => {
  it('records pastes and one absence per leave, attributed to the prompt shown', () => {
    const r = createIntegrityRecorder(clock());
    r.paste(10); // no prompt yet: nothing to attribute it to
    r.setTurn('t1');
    r.paste(42);
    r.paste(0);
    r.away();
    r.away(); // blur and visibilitychange both fire: one absence
    r.back();
    r.back();
    expect(r.take().map((e) => [e.kind, e.turnId, 'chars' in e ? e.chars : undefined])).toEqual([
      ['paste', 't1', 42],
      ['focus-lost', 't1', undefined],
      ['focus-returned', 't1', undefined],
    ]);
    expect(r.take()).toEqual([]);
  });

  it('closes an absence when the next prompt arrives, and keeps unsent events after a failure', () => {
    const r = createIntegrityRecorder(clock());
    r.setTurn('t1');
    r.away();
    r.setTurn('t2');
    const sent = r.take();
    expect(sent.map((e) => `${e.kind}:${e.turnId}`)).toEqual([
      'focus-lost:t1',
      'focus-returned:t1',
    ]);
    r.paste(5);
    r.restore(sent);
    expect(r.take().map((e) => `${e.kind}:${e.turnId}`)).toEqual([
      'focus-lost:t1',
      'focus-returned:t1',
      'paste:t2',
    ]);
  });
});
