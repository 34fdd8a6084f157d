import { describe, expect, it } from 'vitest';
import { questionById } from './bank/index';
import { decideFollowUp } from './followUp';
import type { Turn } from './types';
import { createWinkAnalyser } from './winkAnalyser';

const analyser = createWinkAnalyser();
const negotiation = questionById('law.exp.contract-negotiation')!;
const liabilityCap = questionById('law.depth.liability-cap')!;
const warfarin = questionById('med.task.warfarin-clarithromycin')!;

let n = 0;
function turn(questionId: string, answer: string, extra: Partial<Turn> = {}): Turn {
  n += 1;
  return {
    id: `t${n}`,
    itemIndex: 0,
    questionId,
    kind: 'question',
    prompt: '…',
    askedAt: '2025-01-01T00:00:00Z',
    answer: { text: answer, submittedAt: '2025-01-01T00:02:00Z' },
    ...extra,
  };
}

const DETAILED =
  'In 2021 I acted for the supplier in a $12 million services agreement. We agreed a cap of 12 months of fees with fraud carved out, conceded termination for convenience from year two in exchange for a fee, and kept New York governing law. The retailer wanted uncapped liability for data breaches, which we resisted because our insurance would not cover it, and we traded a tighter service level for service credits as the sole remedy.';

describe('decideFollowUp', () => {
  it('asks for more when the answer is short', () => {
    const f = decideFollowUp(
      negotiation,
      [turn(negotiation.id, 'I negotiated many NDAs.')],
      analyser,
    );
    expect(f).toMatchObject({ reason: 'short', targets: [] });
    expect(f?.text).toMatch(/walk me through it in more detail/);
  });

  it('asks for a specific matter when an experience account has no concrete detail', () => {
    const vague =
      'Generally speaking negotiations involve going back and forth on the main commercial and legal points until both sides are comfortable with the risk allocation, which usually means the indemnities and the limitation of liability, and then the lawyers tidy up the drafting and the business people sign it off once the pricing is settled and everyone has what they need from the deal overall.';
    expect(decideFollowUp(negotiation, [turn(negotiation.id, vague)], analyser)).toMatchObject({
      reason: 'vague',
    });
  });

  it('asks what it depends on when a depth answer hedges without reasons', () => {
    const hedged =
      'I think it depends. Maybe I would keep some kind of cap, probably, or maybe not, it depends on the client and various things, I guess, and the insurance and the fees paid and stuff like carve-outs, maybe. Generally it is a negotiation and you see what the other side wants and take it from there.';
    const followUp = decideFollowUp(liabilityCap, [turn(liabilityCap.id, hedged)], analyser);
    expect(followUp?.reason).toBe('vague');
    expect(followUp?.text).toMatch(/On what, precisely/);
  });

  it("probes a missing key concept with the question's own probe", () => {
    const noMechanism =
      'The answer is wrong. Clarithromycin does interact with warfarin in practice and patients on this combination do run into trouble, so I would not tell a patient on warfarin that no extra monitoring is needed; the answer should have flagged the combination as one to avoid or to watch carefully.';
    expect(decideFollowUp(warfarin, [turn(warfarin.id, noMechanism)], analyser)).toEqual({
      reason: 'missing-concepts',
      text: "Why would clarithromycin change warfarin's effect?",
      targets: ['mechanism'],
    });
  });

  it('leaves a complete answer alone', () => {
    expect(decideFollowUp(negotiation, [turn(negotiation.id, DETAILED)], analyser)).toBeNull();
  });

  it('asks at most once per question and four times per interview', () => {
    const first = turn(negotiation.id, 'Short.');
    const followUp = turn(negotiation.id, 'Still short.', {
      kind: 'follow-up',
      followUp: { reason: 'short', targets: [] },
    });
    expect(decideFollowUp(negotiation, [first, followUp], analyser)).toBeNull();
    const earlier = [1, 2, 3, 4].map((i) =>
      turn(`q${i}`, 'x', { kind: 'follow-up', followUp: { reason: 'short', targets: [] } }),
    );
    expect(
      decideFollowUp(negotiation, [...earlier, turn(negotiation.id, 'Short.')], analyser),
    ).toBeNull();
  });
});
