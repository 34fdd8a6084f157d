import { describe, expect, it } from 'vitest';
import { addOverride, effectiveScores, OverrideError } from './override';
import type { InterviewResult } from './result';

const result: InterviewResult = {
  sessionId: 's1',
  expertId: 'e1',
  engine: {
    engine: 'builtin',
    model: 'wink-eng-lite-web-model@1.8.1',
    promptVersion: 'builtin-rules/1',
  },
  rubricVersion: 'rubric/1',
  bankVersion: 'bank/1',
  scoredAt: '2025-01-01T00:00:00Z',
  scores: [
    {
      competencyId: 'contract-drafting',
      score: 3,
      rationale: 'r',
      evidence: [],
      conceptsFound: [],
      conceptsMissing: [],
    },
    {
      competencyId: 'communication',
      score: 2,
      rationale: 'r',
      evidence: [],
      conceptsFound: [],
      conceptsMissing: [],
    },
  ],
  overrides: [],
  suggestions: [],
  integrity: { turns: [], notes: [], affectsScore: false },
};

describe('reviewer override', () => {
  it('keeps the engine score and makes the latest override count', () => {
    const once = addOverride(result, {
      competencyId: 'contract-drafting',
      score: 4,
      reason: '  Answer to Q7 shows command of carve-outs the rules missed.  ',
      reviewerId: 'r1',
      at: '2025-01-02T00:00:00Z',
    });
    const twice = addOverride(once, {
      competencyId: 'contract-drafting',
      score: 2,
      reason: 'Second review: the walk-through was copied from a template.',
      reviewerId: 'r2',
      at: '2025-01-03T00:00:00Z',
    });
    expect(twice.scores).toEqual(result.scores);
    expect(twice.overrides[0]?.reason).toBe(
      'Answer to Q7 shows command of carve-outs the rules missed.',
    );
    expect(effectiveScores(twice)).toEqual([
      expect.objectContaining({
        competencyId: 'contract-drafting',
        score: 2,
        source: 'reviewer',
        engineScore: 3,
      }),
      { competencyId: 'communication', score: 2, source: 'engine', engineScore: 2 },
    ]);
  });

  it('refuses an override without a reason or for an unscored competency', () => {
    const base = {
      competencyId: 'communication',
      score: 3,
      reviewerId: 'r',
      at: '2025-01-02T00:00:00Z',
    };
    expect(() => addOverride(result, { ...base, reason: 'ok       ' })).toThrow(OverrideError);
    expect(() =>
      addOverride(result, { ...base, competencyId: 'valuation', reason: 'A good reason here.' }),
    ).toThrow(/not scored/);
  });
});
