import { describe, expect, it } from 'vitest';
import { questionById } from './bank/index';
import { FINANCE_TRANSCRIPT } from './fixtures/finance';
import { LAW_TRANSCRIPT } from './fixtures/law';
import { MEDICINE_TRANSCRIPT } from './fixtures/medicine';
import { playTranscript, type TranscriptFixture } from './fixtures/transcript';
import { scoreFrom, scoreInterview } from './score';
import { createWinkAnalyser } from './winkAnalyser';

const analyser = createWinkAnalyser();

function scored(fixture: TranscriptFixture) {
  const transcript = playTranscript(fixture, analyser);
  const scores = scoreInterview({ ...transcript, questionById }, analyser);
  return { transcript, scores, byId: Object.fromEntries(scores.map((s) => [s.competencyId, s])) };
}

describe('built-in scoring on fixed transcripts', () => {
  it('scores the contract lawyer', () => {
    const { scores, byId, transcript } = scored(LAW_TRANSCRIPT);
    expect(Object.fromEntries(scores.map((s) => [s.competencyId, s.score]))).toEqual({
      'contract-drafting': 4,
      'litigation-procedure': 3,
      'regulatory-compliance': 2,
      'legal-analysis': 4,
      'annotation-judgement': 4,
      communication: 4,
    });
    expect(byId['regulatory-compliance']!.rationale).toContain('Key points missing: Schrems II.');
    expect(byId['regulatory-compliance']!.conceptsFound).toContain(
      'transfer impact assessment (after prompting)',
    );
    expect(byId['litigation-procedure']!.conceptsMissing).toEqual(['evidence', 'cost and risk']);
    // Every quote is verbatim from the answer it cites.
    for (const s of scores)
      for (const e of s.evidence) {
        const turn = transcript.turns.find((t) => t.id === e.turnId)!;
        expect(turn.answer!.text.slice(e.start, e.end)).toBe(e.quote);
        expect(turn.questionId).toBe(e.questionId);
      }
    expect(byId['contract-drafting']!.evidence[0]!.quote).toBe(
      "Excluding liability for the supplier's own fraud is unenforceable as a matter of public policy in New York and in England, and in England the whole clause would likely fail the reasonableness test under UCTA, so the supplier could end up with no protection at all.",
    );
  });

  it('scores the internist: strong on drugs, weak where answers were terse', () => {
    const { scores } = scored(MEDICINE_TRANSCRIPT);
    expect(scores.map((s) => [s.competencyId, s.score])).toEqual([
      ['pharmacotherapy', 4],
      ['clinical-documentation', 2],
      ['clinical-reasoning', 2],
      ['annotation-judgement', 2],
      ['communication', 3],
    ]);
  });

  it('does not reward generalities: the finance generalist', () => {
    const { byId } = scored(FINANCE_TRANSCRIPT);
    expect(byId['valuation']!.score).toBe(3);
    expect(byId['valuation']!.rationale).toContain('lacked concrete details');
    expect(byId['risk-regulation']!.score).toBe(1);
    expect(byId['annotation-judgement']!.score).toBe(1);
    expect(byId['annotation-judgement']!.rationale).toMatch(/^No substantive answer/);
    expect(byId['communication']!.score).toBe(1);
  });

  it('is deterministic', () => {
    expect(scored(LAW_TRANSCRIPT).scores).toEqual(scored(LAW_TRANSCRIPT).scores);
  });

  it('gives 1 with no evidence when nothing was answered', () => {
    const { transcript } = scored(LAW_TRANSCRIPT);
    const scores = scoreInterview({ plan: transcript.plan, turns: [], questionById }, analyser);
    for (const s of scores) {
      expect(s.score).toBe(1);
      expect(s.evidence).toEqual([]);
    }
  });
});

describe('scoreFrom (the anchors as rules)', () => {
  const good = { specific: true, reasoned: true, details: [] };
  it('maps coverage, key concepts and quality to 1–4', () => {
    expect(scoreFrom(0.9, 0, good, 10)).toBe(1);
    expect(scoreFrom(0.2, 0, good, 100)).toBe(1);
    expect(scoreFrom(0.4, 0, good, 100)).toBe(2);
    expect(scoreFrom(0.9, 1, good, 100)).toBe(2);
    expect(scoreFrom(0.6, 0, good, 100)).toBe(3);
    expect(scoreFrom(0.9, 0, { ...good, reasoned: false }, 100)).toBe(3);
    expect(scoreFrom(0.75, 0, good, 100)).toBe(4);
  });
});
