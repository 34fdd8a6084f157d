import type { AnalysedText, TextAnalyser } from './analysis';
import { matchConcepts, type ConceptDef } from './concepts';
import type { Question, Turn } from './types';

/** Key concepts weigh double: they are what separates knowing the subject from knowing of it. */
export function conceptWeight(concept: ConceptDef): number {
  return concept.key ? 2 : 1;
}

/** A concept raised only after a follow-up asked about it earns half: the question gave a hint. */
export const PROMPTED_CREDIT = 0.5;

export interface AnsweredTurn {
  readonly turn: Turn;
  readonly analysed: AnalysedText;
  /** Concept id → sentence indexes in `analysed`. */
  readonly hits: ReadonlyMap<string, readonly number[]>;
}

export interface QuestionCoverage {
  readonly question: Question;
  readonly turns: readonly AnsweredTurn[];
  /** Concept id → 1 (raised unprompted), 0.5 (only after a probe about it) or 0. */
  readonly credit: ReadonlyMap<string, number>;
  /** Weighted share of the question's concepts covered, 0..1. */
  readonly coverage: number;
  readonly missingKey: readonly ConceptDef[];
}

export function analyseTurns(
  question: Question,
  turns: readonly Turn[],
  analyser: TextAnalyser,
): AnsweredTurn[] {
  return turns
    .filter((t) => t.questionId === question.id && t.answer !== undefined)
    .map((turn) => {
      const analysed = analyser.analyse(turn.answer!.text);
      return { turn, analysed, hits: matchConcepts(analysed, question.concepts, analyser) };
    });
}

export function questionCoverage(
  question: Question,
  turns: readonly AnsweredTurn[],
): QuestionCoverage {
  const credit = new Map<string, number>();
  for (const concept of question.concepts) {
    let best = 0;
    for (const { turn, hits } of turns) {
      if (!hits.has(concept.id)) continue;
      const probedForIt =
        turn.followUp?.reason === 'missing-concepts' && turn.followUp.targets.includes(concept.id);
      best = Math.max(best, probedForIt ? PROMPTED_CREDIT : 1);
    }
    credit.set(concept.id, best);
  }
  const total = question.concepts.reduce((sum, c) => sum + conceptWeight(c), 0);
  const earned = question.concepts.reduce(
    (sum, c) => sum + conceptWeight(c) * (credit.get(c.id) ?? 0),
    0,
  );
  return {
    question,
    turns,
    credit,
    coverage: total === 0 ? 0 : earned / total,
    missingKey: question.concepts.filter((c) => c.key && (credit.get(c.id) ?? 0) === 0),
  };
}
