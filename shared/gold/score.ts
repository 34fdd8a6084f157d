import { spanF1, spansOf, type SpanMatchMode } from '../agreement/spanF1';
import { documentClassOf } from '../agreement/pairwiseTable';
import type { Annotation } from '../model/annotation';

/** A gold task's known answer. */
export interface GoldKey {
  readonly goldTaskId: string;
  readonly annotations: readonly Annotation[];
}

/** One expert's submitted answer to a gold task. */
export interface GoldAnswer {
  readonly expertId: string;
  readonly goldTaskId: string;
  readonly annotations: readonly Annotation[];
}

export interface GoldScoringOptions {
  /** How spans are compared (default overlap: boundaries within a shared span count). */
  readonly spanMode?: SpanMatchMode;
  /** Span F1 needed to pass (default 0.8). */
  readonly passF1?: number;
  /** The schema's document class ids (see documentClassOf). */
  readonly documentClasses?: readonly string[];
}

export interface GoldScore {
  readonly goldTaskId: string;
  /** Micro span F1 against the key; null when neither has spans (nothing to compare). */
  readonly spanF1: number | null;
  /** Whether the document class matches; null when the key has no class. */
  readonly classMatch: boolean | null;
  readonly passed: boolean;
}

export interface ExpertGoldSummary {
  readonly expertId: string;
  readonly answered: number;
  readonly passed: number;
  /** Mean span F1 over the answers that had spans to compare. */
  readonly meanSpanF1: number | null;
  /** Share of class-bearing gold tasks classified right. */
  readonly classAccuracy: number | null;
  readonly scores: readonly GoldScore[];
}

/** Scores one answer against its key. */
export function scoreGoldAnswer(
  key: GoldKey,
  answer: GoldAnswer,
  options: GoldScoringOptions = {},
): GoldScore {
  const f1 = spanF1(
    spansOf(key.annotations),
    spansOf(answer.annotations),
    options.spanMode ?? 'overlap',
  ).micro.f1;
  const keyClass = documentClassOf(key.annotations, options);
  const classMatch =
    keyClass === null ? null : documentClassOf(answer.annotations, options) === keyClass;
  const passed = (f1 === null || f1 >= (options.passF1 ?? 0.8)) && classMatch !== false;
  return { goldTaskId: key.goldTaskId, spanF1: f1, classMatch, passed };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, x) => s + x, 0) / values.length;
}

/**
 * Per-expert gold results, the figures shown to the expert and used in matching. Answers to
 * unknown gold tasks are ignored; a later answer to the same gold task replaces an earlier one.
 */
export function scoreExpertsOnGold(
  keys: readonly GoldKey[],
  answers: readonly GoldAnswer[],
  options: GoldScoringOptions = {},
): ExpertGoldSummary[] {
  const keyById = new Map(keys.map((k) => [k.goldTaskId, k]));
  const latest = new Map<string, Map<string, GoldAnswer>>();
  for (const answer of answers) {
    if (!keyById.has(answer.goldTaskId)) continue;
    let byGold = latest.get(answer.expertId);
    if (!byGold) latest.set(answer.expertId, (byGold = new Map<string, GoldAnswer>()));
    byGold.set(answer.goldTaskId, answer);
  }
  return [...latest.keys()].sort().map((expertId) => {
    const scores = [...(latest.get(expertId)?.values() ?? [])]
      .map((answer) => scoreGoldAnswer(keyById.get(answer.goldTaskId) as GoldKey, answer, options))
      .sort((a, b) => (a.goldTaskId < b.goldTaskId ? -1 : 1));
    const classed = scores.filter((s) => s.classMatch !== null);
    return {
      expertId,
      answered: scores.length,
      passed: scores.filter((s) => s.passed).length,
      meanSpanF1: mean(scores.flatMap((s) => (s.spanF1 === null ? [] : [s.spanF1]))),
      classAccuracy:
        classed.length === 0 ? null : classed.filter((s) => s.classMatch).length / classed.length,
      scores,
    };
  });
}
