import { describe, expect, it } from 'vitest';
import type { AnnotationBody } from '../model/annotation';
import {
  FINANCE_ERROR_TYPES,
  FINANCE_PAYLOAD,
  FINANCE_RUBRIC,
  FINANCE_WRONG_PASSAGE,
} from './financeDemo';
import { rankedAnswers } from './ranking';
import { answerLetter, excerptOf, reviewSummary } from './summary';

const schema = { rubric: FINANCE_RUBRIC, errorTypes: FINANCE_ERROR_TYPES };
const name = (letter: string): string => `Answer ${letter}`;
const answerB = FINANCE_PAYLOAD.answers[1]!;
const markStart = answerB.text.indexOf(FINANCE_WRONG_PASSAGE);

const body: AnnotationBody = {
  labels: ['answer-review'],
  ranking: { answers: rankedAnswers(['a', 'c', 'b'], FINANCE_PAYLOAD.answers) },
  review: {
    taskId: 't1',
    scores: [
      { answerId: 'b', criterionId: 'accuracy', score: 2, comment: 'Wrong year [[cite:s1]]' },
      { answerId: 'a', criterionId: 'accuracy', score: 5 },
    ],
    errors: [
      {
        id: 'e1',
        answerId: 'b',
        start: markStart,
        end: markStart + FINANCE_WRONG_PASSAGE.length,
        quote: FINANCE_WRONG_PASSAGE,
        errorType: 'wrong-period',
        comment: 'Fiscal 1998 figures [[cite:s1]]',
      },
    ],
    rewrite: 'McKesson 18.0% and Cardinal 14.1%.',
  },
};

describe('reviewSummary', () => {
  it('names answers as the expert saw them and criteria and error types from the schema', () => {
    const summary = reviewSummary(body, schema, FINANCE_PAYLOAD.answers, name)!;
    expect(summary.ranking.map((r) => [r.rank, r.answer])).toEqual([
      [1, 'Answer A'],
      [2, 'Answer C'],
      [3, 'Answer B'],
    ]);
    expect(summary.ranking[0]!.excerpt).toMatch(/^Prescription pharmaceuticals accounted/);
    // Scores in the task's answer order, whatever order they were stored in.
    expect(summary.scores).toEqual([
      {
        answer: 'Answer A',
        criterion: 'Accuracy',
        score: 5,
        anchor: 'Every figure matches the filing',
        comment: undefined,
      },
      {
        answer: 'Answer B',
        criterion: 'Accuracy',
        score: 2,
        anchor: 'Between 1 and 3',
        comment: 'Wrong year [[cite:s1]]',
      },
    ]);
    expect(summary.errors).toEqual([
      {
        answer: 'Answer B',
        quote: FINANCE_WRONG_PASSAGE,
        errorType: 'Wrong period',
        comment: 'Fiscal 1998 figures [[cite:s1]]',
      },
    ]);
    expect(summary.rewrite).toBe('McKesson 18.0% and Cardinal 14.1%.');
  });

  it('falls back to ids when the task or the schema no longer knows them', () => {
    const summary = reviewSummary(body, {}, undefined, name)!;
    expect(summary.ranking.map((r) => r.answer)).toEqual(['a', 'c', 'b']);
    expect(summary.scores[0]).toMatchObject({ criterion: 'accuracy', anchor: undefined });
    expect(summary.errors[0]!.errorType).toBe('wrong-period');
  });

  it('is undefined for an annotation that is not an answer review', () => {
    expect(reviewSummary({ labels: ['party'] }, schema, undefined, name)).toBeUndefined();
  });

  it('keeps ties together in task order', () => {
    const tied: AnnotationBody = {
      labels: [],
      ranking: {
        answers: [
          { id: 'c', text: 'C', rank: 1 },
          { id: 'a', text: 'A', rank: 1 },
          { id: 'b', text: 'B', rank: 2 },
        ],
      },
    };
    const summary = reviewSummary(tied, schema, FINANCE_PAYLOAD.answers, name)!;
    expect(summary.ranking.map((r) => `${r.rank}${r.answer}`)).toEqual([
      '1Answer A',
      '1Answer C',
      '2Answer B',
    ]);
  });
});

describe('answerLetter and excerptOf', () => {
  it('letters answers from A and shortens long answers on one line', () => {
    expect([0, 1, 25].map(answerLetter)).toEqual(['A', 'B', 'Z']);
    expect(excerptOf('one\n\ntwo   three')).toBe('one two three');
    expect(excerptOf('## Revenue\n- **77.0%** of _net_ revenues\n- `x` and snake_case')).toBe(
      'Revenue 77.0% of net revenues x and snake_case',
    );
    const long = excerptOf('word '.repeat(100), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith('…')).toBe(true);
  });
});
