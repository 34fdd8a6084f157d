import { answerSignals, type TextAnalyser } from './analysis';
import { analyseTurns, questionCoverage, type QuestionCoverage } from './coverage';
import { scoreCommunication } from './communication';
import { selectEvidence } from './evidence';
import type { CompetencyScore } from './result';
import { competencyById } from './rubric';
import type { InterviewPlan, Question, Score, Turn } from './types';

/** The built-in engine's rule set; results record it as their prompt version. */
export const BUILTIN_RULES_VERSION = 'builtin-rules/1';

export interface ScoringInput {
  readonly plan: InterviewPlan;
  readonly turns: readonly Turn[];
  readonly questionById: (id: string) => Question | undefined;
}

/** Fewer words than this across a competency's answers is no answer at all. */
const MIN_WORDS = 15;

interface Quality {
  readonly specific: boolean;
  readonly reasoned: boolean;
  readonly details: readonly string[];
}

/**
 * Experience accounts should be specific (two concrete details and "I/we"); depth and practical
 * answers should give reasons. Either missing holds a competency at 3.
 */
function quality(coverages: readonly QuestionCoverage[]): Quality {
  let specific = true;
  let reasoned = true;
  const details = new Set<string>();
  for (const c of coverages) {
    const signals = c.turns.map((t) => answerSignals(t.analysed));
    const concrete = new Set(signals.flatMap((s) => s.concreteDetails));
    for (const d of concrete) details.add(d);
    if (c.question.kind === 'experience')
      specific &&= concrete.size >= 2 && signals.some((s) => s.firstPerson);
    else reasoned &&= signals.some((s) => s.reasoningMarkers > 0);
  }
  return { specific, reasoned, details: [...details] };
}

/**
 * An experience account without a single concrete detail or any "I/we" names the right things
 * without showing the expert did them: its concepts count for less than a real walk-through's.
 * The coverage reported in the rationale is after these weights.
 */
const UNSUBSTANTIATED_CLAIM = 0.6;
/** Likewise, naming the right terms without a single reason shows recall more than understanding. */
const UNREASONED = 0.8;

function claimWeight(c: QuestionCoverage): number {
  const signals = c.turns.map((t) => answerSignals(t.analysed));
  if (c.question.kind !== 'experience')
    return signals.some((s) => s.reasoningMarkers > 0) ? 1 : UNREASONED;
  const concrete = signals.some((s) => s.concreteDetails.length > 0);
  return concrete && signals.some((s) => s.firstPerson) ? 1 : UNSUBSTANTIATED_CLAIM;
}

/** The anchors, as rules: coverage of rubric concepts, key concepts, then specificity and reasons. */
export function scoreFrom(coverage: number, missingKey: number, q: Quality, words: number): Score {
  if (words < MIN_WORDS || coverage < 0.25) return 1;
  if (coverage < 0.5 || missingKey > 0) return 2;
  if (coverage < 0.75 || !q.specific || !q.reasoned) return 3;
  return 4;
}

function labelList(labels: readonly string[]): string {
  return labels.length === 0 ? 'none' : labels.join('; ');
}

function scoreCompetency(
  competencyId: string,
  coverages: readonly QuestionCoverage[],
): CompetencyScore {
  const words = coverages.reduce(
    (sum, c) => sum + c.turns.reduce((s, t) => s + t.analysed.wordCount, 0),
    0,
  );
  const q = quality(coverages);
  const coverage =
    coverages.length === 0
      ? 0
      : coverages.reduce((s, c) => s + c.coverage * claimWeight(c), 0) / coverages.length;
  const missingKey = coverages.flatMap((c) => c.missingKey);
  const score = scoreFrom(coverage, missingKey.length, q, words);
  const found: string[] = [];
  const missing: string[] = [];
  for (const c of coverages)
    for (const concept of c.question.concepts) {
      const credit = c.credit.get(concept.id) ?? 0;
      if (credit === 0) missing.push(concept.label);
      else found.push(credit < 1 ? `${concept.label} (after prompting)` : concept.label);
    }
  const name = competencyById(competencyId)?.name ?? competencyId;
  const parts = [
    words < MIN_WORDS
      ? `No substantive answer on ${name}.`
      : `Covered ${Math.round(coverage * 100)}% of the expected points (${found.length} of ${found.length + missing.length}).`,
    `Missing: ${labelList(missing)}.`,
  ];
  if (missingKey.length > 0)
    parts.push(`Key points missing: ${labelList(missingKey.map((c) => c.label))}.`);
  if (coverages.some((c) => c.question.kind === 'experience'))
    parts.push(
      q.specific
        ? `Concrete details: ${labelList(q.details.slice(0, 6))}.`
        : 'The account lacked concrete details (dates, amounts, their own actions).',
    );
  if (coverages.some((c) => c.question.kind !== 'experience') && !q.reasoned)
    parts.push('Conclusions were given without reasons.');
  return {
    competencyId,
    score,
    rationale: parts.join(' '),
    evidence: selectEvidence(coverages),
    conceptsFound: found,
    conceptsMissing: missing,
  };
}

/**
 * The built-in engine's scoring: deterministic, explainable, and the oracle the model engine is
 * tested against. Every planned competency gets a score; `communication` is judged across all
 * answers. Integrity events are not an input, by design.
 */
export function scoreInterview(input: ScoringInput, analyser: TextAnalyser): CompetencyScore[] {
  const coverages: QuestionCoverage[] = [];
  for (const item of input.plan.items) {
    const question = input.questionById(item.questionId);
    if (!question) throw new Error(`question ${item.questionId} is not in the bank`);
    coverages.push(questionCoverage(question, analyseTurns(question, input.turns, analyser)));
  }
  return input.plan.competencies.map((id) =>
    id === 'communication'
      ? scoreCommunication(coverages)
      : scoreCompetency(
          id,
          coverages.filter((c) => c.question.competency === id),
        ),
  );
}
