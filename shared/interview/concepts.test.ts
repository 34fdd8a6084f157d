import { describe, expect, it } from 'vitest';
import { matchConcepts, type ConceptDef } from './concepts';
import { answerSignals } from './analysis';
import { createWinkAnalyser } from './winkAnalyser';

const analyser = createWinkAnalyser();
const concepts: ConceptDef[] = [
  { id: 'indemnity', label: 'indemnities', terms: ['indemnity', 'indemnification', 'indemnify'] },
  {
    id: 'cap',
    label: 'liability cap',
    terms: ['cap on liability', 'liability cap', 'limitation of liability'],
  },
  {
    id: 'verdict',
    label: 'says it is wrong',
    terms: ['wrong', 'incorrect', 'not correct'],
    respectNegation: true,
  },
  { id: 'cyp', label: 'CYP3A4', terms: ['CYP3A4', 'cytochrome P450'] },
];

function hits(text: string) {
  return Object.fromEntries(matchConcepts(analyser.analyse(text), concepts, analyser));
}

describe('matchConcepts', () => {
  it('matches inflected forms and stop words between term words', () => {
    expect(hits('We indemnified the buyer. Then we put a cap on our liability.')).toEqual({
      indemnity: [0],
      cap: [1],
    });
  });

  it('keeps negated mentions of ordinary concepts', () => {
    expect(hits("We didn't accept unlimited indemnities.")).toEqual({ indemnity: [0] });
  });

  it('respects negation for verdict concepts unless the term itself is negative', () => {
    expect(hits("It's not wrong.")).toEqual({});
    expect(hits("The answer isn't correct.")).toEqual({ verdict: [0] });
    expect(hits('The answer is wrong because clarithromycin inhibits CYP3A4.')).toEqual({
      verdict: [0],
      cyp: [0],
    });
  });

  it('does not match words from different sentences or across content words', () => {
    expect(hits('There was a cap. Liability was unlimited.')).toEqual({});
    expect(hits('A cap on the supplier liability.')).toEqual({});
  });
});

describe('answerSignals', () => {
  it('finds concrete details, hedges and reasoning', () => {
    const signals = answerSignals(
      analyser.analyse(
        'In 2019 I negotiated a $4.2 million supply agreement. I think it depends, because things vary.',
      ),
    );
    expect(signals.concreteDetails).toEqual(['2019', '$4.2 million']);
    expect(signals.hedges).toBe(3);
    expect(signals.reasoningMarkers).toBe(1);
    expect(signals.firstPerson).toBe(true);
  });

  it('keeps sentence offsets exact', () => {
    const text = 'First point.  Second point!\nThird — with “quotes”.';
    for (const s of analyser.analyse(text).sentences)
      expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
