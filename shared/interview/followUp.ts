import { answerSignals, type TextAnalyser } from './analysis';
import { analyseTurns, questionCoverage } from './coverage';
import type { FollowUpReason, Question, QuestionKind, Turn } from './types';

export interface FollowUpPolicy {
  readonly maxPerQuestion: number;
  /** Bounds the interview's length whatever the answers. */
  readonly maxPerInterview: number;
  /** Below this weighted concept coverage an answer earns a probe. */
  readonly minCoverage: number;
}

export const DEFAULT_FOLLOW_UP_POLICY: FollowUpPolicy = {
  maxPerQuestion: 1,
  maxPerInterview: 4,
  minCoverage: 0.5,
};

export interface FollowUp {
  readonly reason: FollowUpReason;
  readonly text: string;
  /** Concept ids a `missing-concepts` probe asks about (they earn half credit if answered). */
  readonly targets: readonly string[];
}

const SAY_MORE: Readonly<Record<QuestionKind, string>> = {
  experience:
    'Could you walk me through it in more detail: the situation, what you did yourself, and how it turned out?',
  depth: 'Could you go a little deeper and explain your reasoning step by step?',
  practical:
    'Could you explain your verdict: what exactly is right or wrong in the AI answer, and what should it have said?',
};

const BE_CONCRETE =
  'Could you anchor that in one specific matter: roughly when it was, what was at stake, and what you did yourself?';

const PIN_DOWN =
  'You mention that it depends. On what, precisely? Which factors would decide it, and what would you conclude here?';

/**
 * Whether the question just answered deserves a follow-up, and which. Rules, in order: a short
 * answer is asked for more; an experience account with no concrete detail or no "I/we" is asked
 * for a specific matter; a hedged answer with no reasons is asked to pin down what it depends on;
 * an answer missing key points gets the question's own probe for them. Pure and deterministic.
 */
export function decideFollowUp(
  question: Question,
  turnsSoFar: readonly Turn[],
  analyser: TextAnalyser,
  policy: FollowUpPolicy = DEFAULT_FOLLOW_UP_POLICY,
): FollowUp | null {
  const asked = turnsSoFar.filter((t) => t.kind === 'follow-up');
  if (asked.length >= policy.maxPerInterview) return null;
  const own = turnsSoFar.filter((t) => t.questionId === question.id);
  if (own.filter((t) => t.kind === 'follow-up').length >= policy.maxPerQuestion) return null;
  const answered = analyseTurns(question, own, analyser);
  const latest = answered.at(-1);
  if (!latest) return null;
  const signals = answerSignals(latest.analysed);
  // An answer to a follow-up only has to add to what was said, so it may be shorter.
  const minWords =
    latest.turn.kind === 'follow-up' ? Math.ceil(question.minWords / 2) : question.minWords;
  if (signals.words < minWords)
    return { reason: 'short', text: SAY_MORE[question.kind], targets: [] };
  const all = answered.map((a) => answerSignals(a.analysed));
  const concrete = all.some((s) => s.concreteDetails.length > 0);
  const personal = all.some((s) => s.firstPerson);
  if (question.kind === 'experience' && (!concrete || !personal))
    return { reason: 'vague', text: BE_CONCRETE, targets: [] };
  if (
    signals.hedges >= 3 &&
    signals.hedges / signals.words >= 0.03 &&
    signals.reasoningMarkers === 0
  )
    return { reason: 'vague', text: PIN_DOWN, targets: [] };
  const coverage = questionCoverage(question, answered);
  const missing = new Set(
    question.concepts.filter((c) => (coverage.credit.get(c.id) ?? 0) === 0).map((c) => c.id),
  );
  if (coverage.coverage >= policy.minCoverage && coverage.missingKey.length === 0) return null;
  let best: { text: string; targets: string[]; count: number } | undefined;
  for (const probe of question.probes) {
    const targets = probe.targets.filter((t) => missing.has(t));
    if (targets.length > (best?.count ?? 0))
      best = { text: probe.text, targets, count: targets.length };
  }
  return best ? { reason: 'missing-concepts', text: best.text, targets: best.targets } : null;
}
