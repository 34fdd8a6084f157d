import { describe, expect, it } from 'vitest';
import { canStartInterview, type AttemptSummary } from './retake';

const scored = (startedAt: string, endedAt: string, id = 's1'): AttemptSummary => ({
  sessionId: id,
  status: 'scored',
  startedAt,
  endedAt,
});

describe('canStartInterview', () => {
  it('allows a first interview', () => {
    expect(canStartInterview([], [], '2025-01-01T00:00:00Z')).toEqual({ allowed: true });
  });

  it('resumes rather than restarts an interview in progress', () => {
    const open: AttemptSummary = {
      sessionId: 'open',
      status: 'in-progress',
      startedAt: '2025-01-01T00:00:00Z',
    };
    expect(canStartInterview([open], [], '2025-01-01T01:00:00Z')).toMatchObject({
      allowed: false,
      resumeSessionId: 'open',
    });
  });

  it('waits 30 days after a completed attempt and 7 after an abandoned one', () => {
    const attempt = scored('2025-01-01T10:00:00Z', '2025-01-01T11:00:00Z');
    expect(canStartInterview([attempt], [], '2025-01-20T00:00:00Z')).toEqual({
      allowed: false,
      reason: 'You can retake the interview from 2025-01-31, 30 days after your last attempt.',
      retryAt: '2025-01-31T11:00:00.000Z',
    });
    expect(canStartInterview([attempt], [], '2025-01-31T11:00:00Z')).toEqual({ allowed: true });
    const abandoned: AttemptSummary = { ...attempt, status: 'abandoned' };
    expect(canStartInterview([abandoned], [], '2025-01-08T11:00:00Z')).toEqual({ allowed: true });
    expect(canStartInterview([abandoned], [], '2025-01-05T00:00:00Z')).toMatchObject({
      allowed: false,
    });
  });

  it('does not count an attempt whose scoring failed', () => {
    const failed: AttemptSummary = {
      ...scored('2025-01-01T10:00:00Z', '2025-01-01T11:00:00Z'),
      status: 'scoring-failed',
    };
    expect(canStartInterview([failed], [], '2025-01-02T00:00:00Z')).toEqual({ allowed: true });
  });

  it('caps attempts per year', () => {
    const attempts = [
      scored('2025-01-01T00:00:00Z', '2025-01-01T01:00:00Z', 'a'),
      scored('2025-03-01T00:00:00Z', '2025-03-01T01:00:00Z', 'b'),
      scored('2025-05-01T00:00:00Z', '2025-05-01T01:00:00Z', 'c'),
    ];
    expect(canStartInterview(attempts, [], '2025-07-01T00:00:00Z')).toMatchObject({
      allowed: false,
      retryAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it("lets a reviewer's grant, given after the last attempt, skip the wait once", () => {
    const attempt = scored('2025-01-01T10:00:00Z', '2025-01-01T11:00:00Z');
    const grant = {
      reviewerId: 'r1',
      reason: 'The connection dropped mid-interview',
      at: '2025-01-02T00:00:00Z',
    };
    expect(canStartInterview([attempt], [grant], '2025-01-03T00:00:00Z')).toEqual({
      allowed: true,
      usesGrant: grant,
    });
    const next = scored('2025-01-03T00:00:00Z', '2025-01-03T01:00:00Z', 's2');
    expect(canStartInterview([attempt, next], [grant], '2025-01-04T00:00:00Z')).toMatchObject({
      allowed: false,
    });
  });
});
