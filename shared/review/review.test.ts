import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docClass, span } from '../agreement/testAnnotations';
import type { AnnotationId } from '../model/ids';
import { DEFAULT_LOCAL_SCHEMA } from '../model/labelSchema';
import { checkCompleteness } from './completeness';
import { reviewOutcome, type ReviewDecision } from './decisions';
import {
  assertEditable,
  INITIAL_TASK_STATE,
  isEditable,
  LockedWorkError,
  transition,
  type Actor,
  type TaskEvent,
  type TaskState,
} from './taskStatus';

const schema = DEFAULT_LOCAL_SCHEMA;
const complete = { complete: true, problems: [] };

describe('completeness', () => {
  const work = [
    span('e', 'd1', 0, 5, 'party'),
    span('e', 'd1', 9, 12, 'date'),
    docClass('e', 'd1', 'relevant'),
  ];

  it('passes when every required label and one class are there', () => {
    expect(
      checkCompleteness(work, schema, {
        requiredLabels: ['party', 'date'],
        requireDocumentClass: true,
      }),
    ).toEqual({ complete: true, problems: [] });
  });

  it('names what is missing, unknown, dangling or ambiguous', () => {
    const dangling = {
      ...span('e', 'd1', 20, 25, 'party', 'made-up'),
      body: {
        labels: ['party', 'made-up'],
        relations: [{ type: 'party-to', targetId: 'gone' as AnnotationId }],
      },
    };
    const result = checkCompleteness(
      [dangling, docClass('e', 'd1', 'relevant'), docClass('e', 'd1', 'not-relevant')],
      schema,
      { requiredLabels: ['obligation'], requireDocumentClass: true, minAnnotations: 5 },
    );
    expect(result.complete).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual([
      'unknown-label',
      'dangling-relation',
      'missing-label',
      'several-classes',
      'too-few',
    ]);
    expect(result.problems[2]?.message).toBe('at least one “Obligation” is required');
    expect(checkCompleteness([], schema, { requireDocumentClass: true }).problems[0]?.code).toBe(
      'missing-class',
    );
  });
});

describe('review decisions', () => {
  const a = span('e', 'd1', 0, 5, 'party');
  const b = span('e', 'd1', 9, 12, 'date');
  const accept = (id: AnnotationId): ReviewDecision => ({ annotationId: id, verdict: 'accept' });

  it('approves when nothing is rejected or missing, counting corrections', () => {
    expect(
      reviewOutcome([a, b], {
        decisions: [
          accept(a.id),
          {
            annotationId: b.id,
            verdict: 'correct',
            reason: 'the date includes the year',
            correction: { body: { labels: ['date'] } },
          },
        ],
      }),
    ).toEqual({ ok: true, outcome: 'approve', corrected: 1 });
  });

  it('returns with exactly which annotations and why', () => {
    expect(
      reviewOutcome([a, b], {
        decisions: [accept(a.id), { annotationId: b.id, verdict: 'reject', reason: 'not a date' }],
        missing: [{ reason: 'the second party is not marked' }],
      }),
    ).toEqual({
      ok: true,
      outcome: 'return',
      notice: {
        items: [
          { annotationId: b.id, verdict: 'reject', reason: 'not a date' },
          { verdict: 'missing', reason: 'the second party is not marked' },
        ],
      },
    });
  });

  it('refuses rejections without reasons, corrections without changes, gaps and duplicates', () => {
    const result = reviewOutcome([a, b], {
      decisions: [
        { annotationId: a.id, verdict: 'reject', reason: '   ' },
        { annotationId: a.id, verdict: 'correct', reason: 'x' },
        accept('stranger' as AnnotationId),
      ],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        `${a.id}: a reject needs a reason (1–2000 characters)`,
        `${a.id}: decided twice`,
        `${a.id}: a correction needs the corrected label or span`,
        'stranger: not in the submission',
        `${b.id}: no decision`,
      ]);
  });
});

describe('task status machine', () => {
  const approve = reviewOutcome([], { decisions: [] });
  const rejectOne = reviewOutcome([], { decisions: [], missing: [{ reason: 'nothing marked' }] });

  function run(steps: [TaskEvent, Actor][]): TaskState {
    return steps.reduce((state, [event, actor]) => {
      const result = transition(state, event, actor);
      if (!result.ok) throw new Error(result.message);
      return result.state;
    }, INITIAL_TASK_STATE);
  }

  it('goes offered → accepted → in progress → submitted → returned → resubmitted → approved', () => {
    const returned = run([
      [{ type: 'accept' }, 'expert'],
      [{ type: 'start' }, 'expert'],
      [{ type: 'submit', completeness: complete }, 'expert'],
      [{ type: 'return', review: rejectOne }, 'reviewer'],
    ]);
    expect(returned).toMatchObject({ status: 'returned', round: 1 });
    expect(returned.lastReturn?.items).toEqual([{ verdict: 'missing', reason: 'nothing marked' }]);
    const resubmitted = transition(returned, { type: 'submit', completeness: complete }, 'expert');
    expect(resubmitted).toMatchObject({ ok: true, state: { status: 'resubmitted', round: 2 } });
    if (resubmitted.ok)
      expect(
        transition(resubmitted.state, { type: 'approve', review: approve }, 'reviewer'),
      ).toMatchObject({ ok: true, state: { status: 'approved' } });
  });

  it('refuses the wrong actor, incomplete work, mismatched reviews and reasonless skips', () => {
    const started = run([
      [{ type: 'accept' }, 'expert'],
      [{ type: 'start' }, 'expert'],
    ]);
    expect(
      transition(started, { type: 'submit', completeness: complete }, 'reviewer'),
    ).toMatchObject({
      ok: false,
      code: 'wrong-actor',
    });
    expect(
      transition(
        started,
        {
          type: 'submit',
          completeness: {
            complete: false,
            problems: [{ code: 'missing-class', message: 'choose a class' }],
          },
        },
        'expert',
      ),
    ).toEqual({
      ok: false,
      code: 'incomplete',
      message: 'the work is not complete',
      details: ['choose a class'],
    });
    expect(transition(started, { type: 'skip', reason: ' ' }, 'expert')).toMatchObject({
      code: 'reason-required',
    });
    const submitted = run([
      [{ type: 'accept' }, 'expert'],
      [{ type: 'submit', completeness: complete }, 'expert'],
    ]);
    expect(transition(submitted, { type: 'approve', review: rejectOne }, 'reviewer')).toMatchObject(
      {
        code: 'review-mismatch',
      },
    );
    expect(
      transition(submitted, { type: 'submit', completeness: complete }, 'expert'),
    ).toMatchObject({
      code: 'not-allowed',
    });
  });

  it('locks submitted work unless returned', () => {
    expect(['accepted', 'in_progress', 'returned'].every((s) => isEditable(s as never))).toBe(true);
    for (const status of [
      'offered',
      'submitted',
      'resubmitted',
      'approved',
      'declined',
      'skipped',
    ] as const)
      expect(() => assertEditable(status)).toThrow(LockedWorkError);
  });

  it('never edits locked work and never leaves a final state, whatever the events (property)', () => {
    const events: [TaskEvent, Actor][] = [
      [{ type: 'accept' }, 'expert'],
      [{ type: 'decline' }, 'expert'],
      [{ type: 'start' }, 'expert'],
      [{ type: 'skip', reason: 'conflict of interest' }, 'expert'],
      [{ type: 'submit', completeness: complete }, 'expert'],
      [{ type: 'approve', review: approve }, 'reviewer'],
      [{ type: 'return', review: rejectOne }, 'reviewer'],
      [{ type: 'approve', review: approve }, 'expert'],
    ];
    fc.assert(
      fc.property(fc.array(fc.nat(events.length - 1), { maxLength: 30 }), (picks) => {
        let state = INITIAL_TASK_STATE;
        for (const pick of picks) {
          const [event, actor] = events[pick] ?? events[0]!;
          const result = transition(state, event, actor);
          if (!result.ok) continue;
          if (['approved', 'declined', 'skipped'].includes(state.status))
            throw new Error('left a final state');
          // Only a reviewer's return reopens submitted work.
          if (!isEditable(state.status) && isEditable(result.state.status))
            expect([state.status, event.type]).toEqual(
              state.status === 'offered' ? ['offered', 'accept'] : [state.status, 'return'],
            );
          expect(result.state.round).toBeGreaterThanOrEqual(state.round);
          state = result.state;
        }
      }),
    );
  });
});
