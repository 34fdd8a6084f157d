import { describe, expect, it } from 'vitest';
import { FINANCE_ERROR_TYPES, FINANCE_RUBRIC } from './financeDemo';
import { anchorOf, checkScore, missingScores, rubricProblems, withScore } from './rubric';

const ids = ['a', 'b'];
const rubric = FINANCE_RUBRIC.slice(0, 2);

describe('rubric', () => {
  it('accepts the demo rubric and names broken ones', () => {
    expect(rubricProblems(FINANCE_RUBRIC, FINANCE_ERROR_TYPES)).toEqual([]);
    const broken = { ...rubric[0]!, anchors: rubric[0]!.anchors.slice(0, 4) };
    expect(
      rubricProblems([broken, broken], [...FINANCE_ERROR_TYPES, FINANCE_ERROR_TYPES[0]!]),
    ).toEqual([
      { code: 'duplicate-criterion', message: 'criterion "accuracy" is defined twice' },
      { code: 'duplicate-error-type', message: 'error type "factual" is defined twice' },
      {
        code: 'anchors',
        message: 'criterion "accuracy" needs one anchor for each score 1–5 (has 1, 2, 3, 4)',
      },
      {
        code: 'anchors',
        message: 'criterion "accuracy" needs one anchor for each score 1–5 (has 1, 2, 3, 4)',
      },
    ]);
  });

  it('gives the anchor text of a score', () => {
    expect(anchorOf(FINANCE_RUBRIC[0]!, 5)).toBe('Every figure matches the filing');
    expect(anchorOf(FINANCE_RUBRIC[0]!, 9)).toBeUndefined();
  });

  it('refuses scores out of range, for unknown answers or criteria', () => {
    expect(() =>
      checkScore({ answerId: 'a', criterionId: 'accuracy', score: 6 }, rubric, ids),
    ).toThrow('a score is a whole number 1–5, not 6');
    expect(() =>
      checkScore({ answerId: 'a', criterionId: 'accuracy', score: 2.5 }, rubric, ids),
    ).toThrow('not 2.5');
    expect(() =>
      checkScore({ answerId: 'z', criterionId: 'accuracy', score: 3 }, rubric, ids),
    ).toThrow('unknown answer "z"');
    expect(() =>
      checkScore({ answerId: 'a', criterionId: 'style', score: 3 }, rubric, ids),
    ).toThrow('unknown rubric criterion "style"');
  });

  it('sets and replaces a score, keeping its comment, and lists what is missing', () => {
    let scores = withScore(
      [],
      { answerId: 'a', criterionId: 'accuracy', score: 4, comment: 'ok' },
      rubric,
      ids,
    );
    scores = withScore(scores, { answerId: 'a', criterionId: 'accuracy', score: 2 }, rubric, ids);
    expect(scores).toEqual([{ answerId: 'a', criterionId: 'accuracy', score: 2, comment: 'ok' }]);
    expect(missingScores(scores, rubric, ids)).toEqual([
      { answerId: 'a', criterionId: 'completeness' },
      { answerId: 'b', criterionId: 'accuracy' },
      { answerId: 'b', criterionId: 'completeness' },
    ]);
  });
});
