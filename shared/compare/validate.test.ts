import { describe, expect, it } from 'vitest';
import type { AnnotationBody } from '../model/annotation';
import { citingIndex } from './citing';
import { FINANCE_ERROR_TYPES, FINANCE_PAYLOAD, FINANCE_RUBRIC } from './financeDemo';
import { rankedAnswers } from './ranking';
import { reviewCitedIds, reviewProblems } from './validate';

const rules = { rubric: FINANCE_RUBRIC, errorTypes: FINANCE_ERROR_TYPES };
const EVIDENCE = '0190a0b0-0009-7000-8000-000000000001';
const b = FINANCE_PAYLOAD.answers[1]!.text;
const start = b.indexOf('McKesson');

function complete(): AnnotationBody {
  return {
    labels: [],
    ranking: { answers: rankedAnswers(['a', 'c', 'b'], FINANCE_PAYLOAD.answers) },
    review: {
      taskId: 't',
      scores: FINANCE_PAYLOAD.answers.flatMap((a) =>
        FINANCE_RUBRIC.map((c) => ({ answerId: a.id, criterionId: c.id, score: 3 })),
      ),
      errors: [
        {
          id: 'm1',
          answerId: 'b',
          start,
          end: start + 8,
          quote: 'McKesson',
          errorType: 'wrong-period',
          comment: `1999 figures are here [[cite:${EVIDENCE}]]`,
        },
      ],
    },
  };
}

describe('reviewProblems', () => {
  it('passes a complete review', () => {
    expect(reviewProblems(complete(), FINANCE_PAYLOAD, rules, new Set([EVIDENCE]))).toEqual([]);
  });

  it('names every problem: ranking, scores, marks, error types and citations', () => {
    const body = complete();
    const broken: AnnotationBody = {
      ...body,
      ranking: {
        answers: [
          { id: 'a', text: '', rank: 1 },
          { id: 'a', text: '', rank: 2 },
        ],
      },
      review: {
        ...body.review!,
        scores: body
          .review!.scores.slice(1)
          .concat({ answerId: 'z', criterionId: 'accuracy', score: 3 }),
        errors: [
          { ...body.review!.errors[0]!, end: 10_000 },
          { ...body.review!.errors[0]!, id: 'm2', quote: 'Cardinal' },
          { ...body.review!.errors[0]!, id: 'm3', errorType: 'typo' },
        ],
      },
    };
    const problems = reviewProblems(broken, FINANCE_PAYLOAD, rules, new Set());
    expect(problems.map((p) => p.code)).toEqual([
      'ranking',
      'score',
      'missing-score',
      'mark-span',
      'mark-quote',
      'error-type',
      'citation',
    ]);
    expect(problems[0]?.message).toBe('answer "a" is ranked twice');
    expect(problems[1]?.message).toBe('unknown answer "z"');
    expect(problems[2]?.message).toBe('answer "a" has no "accuracy" score');
    expect(problems[3]?.message).toMatch(/error mark \d+–10000 is outside answer "b"/);
    expect(problems[6]?.message).toContain('not a span of the source document');
  });

  it('asks for a ranking and scores when there are none, and refuses tied ranks', () => {
    expect(reviewProblems({}, FINANCE_PAYLOAD, rules, new Set()).map((p) => p.code)).toEqual([
      'no-ranking',
      'no-review',
    ]);
    const tied = complete();
    const answers = tied.ranking!.answers.map((a) => ({ ...a, rank: 1 }));
    expect(
      reviewProblems(
        { ...tied, ranking: { answers } },
        FINANCE_PAYLOAD,
        rules,
        new Set([EVIDENCE]),
      ),
    ).toEqual([{ code: 'ranks', message: 'ranks must be 1, 2, 3… without gaps or ties' }]);
  });
});

describe('citations of a review', () => {
  it('lists cited ids and finds what cites a span', () => {
    const body = complete();
    const review = {
      ...body.review!,
      scores: [
        { answerId: 'b', criterionId: 'accuracy', score: 1, comment: `[[cite:${EVIDENCE}]]` },
      ],
    };
    expect(reviewCitedIds({ review })).toEqual([EVIDENCE]);
    expect(citingIndex(review).get(EVIDENCE)).toEqual([
      { kind: 'score', answerId: 'b', criterionId: 'accuracy' },
      { kind: 'error', answerId: 'b', errorId: 'm1' },
    ]);
    expect(citingIndex(undefined).size).toBe(0);
  });
});
