import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATUSES, checkTransition } from './assignment';

describe('checkTransition (every pair × every actor)', () => {
  const allowed = new Map([
    ['offered>accepted', 'assignee'],
    ['accepted>in_progress', 'assignee'],
    ['in_progress>submitted', 'assignee'],
    ['submitted>approved', 'reviewer'],
    ['submitted>rejected', 'reviewer'],
    ['rejected>in_progress', 'assignee'],
  ]);
  for (const from of ASSIGNMENT_STATUSES) {
    for (const to of ASSIGNMENT_STATUSES) {
      it(`${from} → ${to}`, () => {
        const who = allowed.get(`${from}>${to}`);
        for (const isAssignee of [false, true]) {
          for (const canReview of [false, true]) {
            const result = checkTransition(from, to, { isAssignee, canReview }, 'because');
            const ok = who === 'assignee' ? isAssignee : who === 'reviewer' ? canReview : false;
            expect(result.ok).toBe(ok);
          }
        }
      });
    }
  }
  it('requires a reason to reject', () => {
    expect(
      checkTransition('submitted', 'rejected', { isAssignee: false, canReview: true }, ' '),
    ).toEqual({
      ok: false,
      problem: 'reasonRequired',
    });
  });
});
