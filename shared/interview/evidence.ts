import type { QuestionCoverage } from './coverage';
import type { Evidence } from './result';

const MAX_EVIDENCE = 3;
const MAX_QUOTE = 400;

/** A long sentence is quoted up to a word boundary; the quote stays a verbatim slice. */
export function clipQuote(
  text: string,
  start: number,
): { quote: string; start: number; end: number } {
  if (text.length <= MAX_QUOTE) return { quote: text, start, end: start + text.length };
  const cut = text.lastIndexOf(' ', MAX_QUOTE);
  const quote = text.slice(0, cut > 0 ? cut : MAX_QUOTE);
  return { quote, start, end: start + quote.length };
}

/**
 * The sentences that best support a score: those mentioning the most rubric concepts (key ones
 * count double), in interview order on ties. With no concept mentioned at all, the opening of the
 * longest answer is quoted, so a reviewer sees what was said instead of nothing.
 */
export function selectEvidence(coverages: readonly QuestionCoverage[]): Evidence[] {
  const ranked: { evidence: Evidence; weight: number; order: number }[] = [];
  let order = 0;
  for (const c of coverages)
    for (const t of c.turns) {
      const weights = new Map<number, number>();
      for (const concept of c.question.concepts)
        for (const index of t.hits.get(concept.id) ?? [])
          weights.set(index, (weights.get(index) ?? 0) + (concept.key ? 2 : 1));
      t.analysed.sentences.forEach((sentence, index) => {
        order += 1;
        const weight = weights.get(index);
        if (!weight) return;
        const clipped = clipQuote(sentence.text, sentence.start);
        ranked.push({
          evidence: { turnId: t.turn.id, questionId: c.question.id, ...clipped },
          weight,
          order,
        });
      });
    }
  if (ranked.length > 0)
    return ranked
      .sort((a, b) => b.weight - a.weight || a.order - b.order)
      .slice(0, MAX_EVIDENCE)
      .map((r) => r.evidence);
  const longest = coverages
    .flatMap((c) => c.turns.map((t) => ({ c, t })))
    .sort((a, b) => b.t.analysed.wordCount - a.t.analysed.wordCount)[0];
  const first = longest?.t.analysed.sentences.find((s) => s.text.trim().length > 0);
  if (!longest || !first) return [];
  return [
    {
      turnId: longest.t.turn.id,
      questionId: longest.c.question.id,
      ...clipQuote(first.text, first.start),
    },
  ];
}
