import { describe, expect, it } from 'vitest';
import { INITIAL_TASK_STATE, transition } from '../review/taskStatus';
import { ASSIGNMENT_STATUSES, awaitsReview, eventForStatus, isOpenWork } from './assignment';

describe('assignment statuses are the review machine’s', () => {
  it('lists every status once', () => {
    expect(new Set(ASSIGNMENT_STATUSES).size).toBe(9);
  });

  it('maps direct requests to events and points elsewhere for the rest', () => {
    expect(eventForStatus('accepted', undefined)).toEqual({ ok: true, event: { type: 'accept' } });
    expect(eventForStatus('in_progress', undefined)).toEqual({
      ok: true,
      event: { type: 'start' },
    });
    expect(eventForStatus('skipped', 'conflict of interest')).toEqual({
      ok: true,
      event: { type: 'skip', reason: 'conflict of interest' },
    });
    expect(eventForStatus('declined', undefined)).toEqual({
      ok: true,
      event: { type: 'decline' },
    });
    expect(eventForStatus('submitted', undefined)).toEqual({ ok: false, problem: 'useSubmit' });
    expect(eventForStatus('resubmitted', undefined)).toEqual({ ok: false, problem: 'useSubmit' });
    for (const s of ['approved', 'returned', 'offered'] as const)
      expect(eventForStatus(s, 'x')).toEqual({ ok: false, problem: 'useReview' });
  });

  it('every direct request lands on the status it names (from some state)', () => {
    const accepted = transition(INITIAL_TASK_STATE, { type: 'accept' }, 'expert');
    expect(accepted).toMatchObject({ ok: true, state: { status: 'accepted' } });
    for (const to of ['in_progress', 'skipped'] as const) {
      const request = eventForStatus(to, 'because');
      if (!request.ok || !accepted.ok) throw new Error('unexpected');
      expect(transition(accepted.state, request.event, 'expert')).toMatchObject({
        ok: true,
        state: { status: to },
      });
    }
    const skipWithoutReason = eventForStatus('skipped', undefined);
    if (!skipWithoutReason.ok || !accepted.ok) throw new Error('unexpected');
    expect(transition(accepted.state, skipWithoutReason.event, 'expert')).toMatchObject({
      ok: false,
      code: 'reason-required',
    });
  });

  it('classifies open work and work awaiting review', () => {
    expect(ASSIGNMENT_STATUSES.filter(isOpenWork)).toEqual([
      'offered',
      'accepted',
      'in_progress',
      'returned',
    ]);
    expect(ASSIGNMENT_STATUSES.filter(awaitsReview)).toEqual(['submitted', 'resubmitted']);
  });
});
