import { answerSignals, reasoningIn } from './analysis';
import type { QuestionCoverage } from './coverage';
import { clipQuote } from './evidence';
import type { CompetencyScore } from './result';
import type { Score } from './types';

/**
 * Written communication, judged across every answer: enough said, reasons given, specifics
 * offered, little hedging. Quotes the clearest reasoned sentences.
 */
export function scoreCommunication(coverages: readonly QuestionCoverage[]): CompetencyScore {
  const answered = coverages.filter((c) => c.turns.length > 0);
  const n = Math.max(1, coverages.length);
  const perQuestion = answered.map((c) => {
    const signals = c.turns.map((t) => answerSignals(t.analysed));
    return {
      c,
      long: (c.turns[0]?.analysed.wordCount ?? 0) >= c.question.minWords,
      reasoned: signals.some((s) => s.reasoningMarkers > 0),
      concrete: signals.some((s) => s.concreteDetails.length > 0),
      words: signals.reduce((sum, s) => sum + s.words, 0),
      hedges: signals.reduce((sum, s) => sum + s.hedges, 0),
    };
  });
  const share = (f: (q: (typeof perQuestion)[number]) => boolean) =>
    perQuestion.filter(f).length / n;
  const longShare = share((q) => q.long);
  const reasonedShare = share((q) => q.reasoned);
  const concreteShare = share((q) => q.concrete);
  const words = perQuestion.reduce((s, q) => s + q.words, 0);
  const hedgeRate = words === 0 ? 0 : perQuestion.reduce((s, q) => s + q.hedges, 0) / words;
  let score: Score;
  if (words < 100 || longShare < 0.5) score = 1;
  else if (reasonedShare < 0.3 || hedgeRate > 0.03) score = 2;
  else if (reasonedShare < 0.6 || concreteShare < 0.4 || longShare < 0.8) score = 3;
  else score = 4;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const evidence = perQuestion
    .filter((q) => q.reasoned)
    .flatMap(({ c }) =>
      c.turns.flatMap((t) =>
        t.analysed.sentences
          .filter((s) => reasoningIn(s) > 0)
          .map((s) => ({
            turnId: t.turn.id,
            questionId: c.question.id,
            ...clipQuote(s.text, s.start),
            words: s.tokens.length,
          })),
      ),
    )
    .sort((a, b) => b.words - a.words)
    .slice(0, 2)
    .map(({ words: _words, ...e }) => e);
  return {
    competencyId: 'communication',
    score,
    rationale: `Answers of adequate length: ${pct(longShare)}; reasons given in ${pct(reasonedShare)}; concrete details in ${pct(concreteShare)}; hedging ${(hedgeRate * 100).toFixed(1)} per 100 words.`,
    evidence,
    conceptsFound: [],
    conceptsMissing: [],
  };
}
