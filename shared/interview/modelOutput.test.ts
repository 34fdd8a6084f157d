import { describe, expect, it } from 'vitest';
import { locateQuote, modelOutputSchema, validateModelOutput } from './modelOutput';
import type { InterviewPlan, Turn } from './types';

const plan: InterviewPlan = {
  bankVersion: 'bank/1',
  rubricVersion: 'rubric/1',
  domains: ['medicine'],
  items: [
    {
      questionId: 'med.task.warfarin-clarithromycin',
      domain: 'medicine',
      kind: 'practical',
      competency: 'pharmacotherapy',
      reasons: [],
    },
  ],
  competencies: ['pharmacotherapy', 'communication'],
};
const answer =
  'The answer is wrong.  Clarithromycin inhibits CYP3A4, so the INR rises and the patient may bleed; check the “INR” within 3–5 days.';
const turns: Turn[] = [
  {
    id: 't1',
    itemIndex: 0,
    questionId: 'med.task.warfarin-clarithromycin',
    kind: 'question',
    prompt: '…',
    askedAt: '2025-01-01T00:00:00Z',
    answer: { text: answer, submittedAt: '2025-01-01T00:01:00Z' },
  },
];

const good = {
  scores: [
    {
      competencyId: 'pharmacotherapy',
      score: 4,
      rationale: 'Names the mechanism and the monitoring.',
      evidence: [{ turnId: 't1', quote: 'Clarithromycin inhibits CYP3A4, so the INR rises' }],
    },
    {
      competencyId: 'communication',
      score: 3,
      rationale: 'Clear and reasoned.',
      evidence: [{ turnId: 't1', quote: 'the answer is wrong. clarithromycin' }],
    },
  ],
};

describe('validateModelOutput', () => {
  it('accepts valid output and pins each quote to exact offsets in the answer', () => {
    const result = validateModelOutput(JSON.stringify(good), plan, turns);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.scores;
    expect(first!.evidence[0]).toMatchObject({
      questionId: 'med.task.warfarin-clarithromycin',
      quote: 'Clarithromycin inhibits CYP3A4, so the INR rises',
    });
    // Case and doubled spaces differ in the model's copy; the stored quote is the expert's own text.
    expect(second!.evidence[0]!.quote).toBe('The answer is wrong.  Clarithromycin');
    for (const s of result.scores)
      for (const e of s.evidence) expect(answer.slice(e.start, e.end)).toBe(e.quote);
  });

  it('accepts JSON in a Markdown fence and curly-quote variants', () => {
    const fenced = '```json\n' + JSON.stringify(good) + '\n```';
    expect(validateModelOutput(fenced, plan, turns).ok).toBe(true);
    expect(locateQuote(answer, 'check the "INR" within 3-5 days')).toBeDefined();
  });

  it('rejects text that is not JSON', () => {
    expect(validateModelOutput('Sure! Here are the scores: 4 and 3.', plan, turns)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^not valid JSON/)],
    });
  });

  it('rejects JSON that violates the schema', () => {
    const bad = { scores: [{ ...good.scores[0], score: 5 }, good.scores[1]] };
    const result = validateModelOutput(JSON.stringify(bad), plan, turns);
    expect(result.ok).toBe(false);
    const extra = { scores: [{ ...good.scores[0], confidence: 0.9 }, good.scores[1]] };
    expect(validateModelOutput(JSON.stringify(extra), plan, turns).ok).toBe(false);
  });

  it('rejects a missing or doubled competency', () => {
    const missing = { scores: [good.scores[0]] };
    expect(validateModelOutput(JSON.stringify(missing), plan, turns)).toEqual({
      ok: false,
      problems: ['competency communication must be scored exactly once, not 0 times'],
    });
  });

  it('rejects a quote the expert never wrote and a score above 1 without evidence', () => {
    const invented = {
      scores: [
        {
          ...good.scores[0],
          evidence: [{ turnId: 't1', quote: 'clarithromycin is a P-gp inhibitor' }],
        },
        { ...good.scores[1], evidence: [] },
      ],
    };
    const result = validateModelOutput(JSON.stringify(invented), plan, turns);
    expect(result).toEqual({
      ok: false,
      problems: [
        'pharmacotherapy: the quote "clarithromycin is a P-gp inhibitor" is not in the answer t1',
        'communication: a score of 3 needs at least one quote from the answers',
      ],
    });
  });

  it('builds a strict schema limited to this interview', () => {
    const schema = modelOutputSchema(plan, turns);
    expect(JSON.parse(JSON.stringify(schema))).toMatchObject({ additionalProperties: false });
    expect(schema.properties.scores.items.properties.competencyId.enum).toEqual([
      'pharmacotherapy',
      'communication',
    ]);
    expect(schema.properties.scores.items.properties.evidence.items.properties.turnId.enum).toEqual(
      ['t1'],
    );
  });
});
