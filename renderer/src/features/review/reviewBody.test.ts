import { describe, expect, it } from 'vitest';
import type { Submission } from '../../../../shared/work/wire';
import { inReviewEstimate } from '../earnings/BalanceCards';
import { reviewBodyOf } from './ReviewTaskPanel';

const span = (id: string, label: string) => ({
  id,
  projectId: 'p',
  documentId: 'd',
  target: {
    kind: 'span' as const,
    position: { start: 0, end: 3 },
    quote: { exact: 'abc', prefix: '', suffix: '' },
  },
  body: { labels: [label] },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('review body', () => {
  it('turns drafts into decisions: accept by default, reasons trimmed, corrections as new labels', () => {
    const submission = {
      id: 's1',
      annotations: [span('a1', 'party'), span('a2', 'date'), span('a3', 'amount')],
    } as unknown as Submission;
    expect(
      reviewBodyOf(
        submission,
        {
          a2: { verdict: 'reject', reason: '  not a date ' },
          a3: { verdict: 'correct', reason: 'a fee', label: 'party' },
        },
        ['', 'the second party is missing'],
      ),
    ).toEqual({
      submissionId: 's1',
      decisions: [
        { annotationId: 'a1', verdict: 'accept' },
        { annotationId: 'a2', verdict: 'reject', reason: 'not a date' },
        {
          annotationId: 'a3',
          verdict: 'correct',
          reason: 'a fee',
          correction: { body: { labels: ['party'] } },
        },
      ],
      missing: [{ reason: 'the second party is missing' }],
    });
  });

  it('estimates per-task work in review per currency', () => {
    const estimate = inReviewEstimate({
      projects: [
        { id: 'p1', pay: { kind: 'perTask', rateMinor: 4500, currency: 'USD' } },
        { id: 'p2', pay: { kind: 'perHour', rateMinor: 9000, currency: 'USD' } },
      ],
      items: [
        { projectId: 'p1', status: 'submitted' },
        { projectId: 'p1', status: 'resubmitted' },
        { projectId: 'p1', status: 'approved' },
        { projectId: 'p2', status: 'submitted' },
      ],
    } as never);
    expect([...estimate]).toEqual([['USD', 9000]]);
  });
});
