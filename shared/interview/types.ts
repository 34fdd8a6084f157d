import type { Domain } from '../profile/profile';
import type { ConceptDef } from './concepts';

/** `general` questions are asked of every expert, whatever their field. */
export type BankDomain = Domain | 'general';

/**
 * - experience: verifies a claim by asking for a walk-through of real work;
 * - depth: probes understanding the way a senior colleague would;
 * - practical: a short task judging an AI answer, the work the platform pays for.
 */
export type QuestionKind = 'experience' | 'depth' | 'practical';

export type Score = 1 | 2 | 3 | 4;

export interface Probe {
  /** Concept ids this follow-up asks about when the answer missed them. */
  readonly targets: readonly string[];
  readonly text: string;
}

export interface Question {
  /** Stable: stored in transcripts and used to avoid repeating questions on a retake. */
  readonly id: string;
  readonly domain: BankDomain;
  readonly kind: QuestionKind;
  readonly competency: string;
  /** Sub-specialties the question is most relevant to; empty = the whole domain. */
  readonly subSpecialties: readonly string[];
  /** Markdown. Practical tasks quote the AI answer to be judged. */
  readonly text: string;
  readonly concepts: readonly ConceptDef[];
  readonly probes: readonly Probe[];
  /** Fewer words than this is a short answer and earns a follow-up. */
  readonly minWords: number;
}

export interface Competency {
  readonly id: string;
  readonly domain: BankDomain;
  readonly name: string;
  /** For match reasons: "interview: contract drafting 4/4". */
  readonly short: string;
  readonly description: string;
  /** What each score means for this competency; shown to reviewers and to the model. */
  readonly anchors: Readonly<Record<Score, string>>;
}

export interface PlanItem {
  readonly questionId: string;
  readonly domain: BankDomain;
  readonly kind: QuestionKind;
  readonly competency: string;
  /** Why this question was chosen, for reviewers ("required by 2 open projects"). */
  readonly reasons: readonly string[];
}

export interface InterviewPlan {
  readonly bankVersion: string;
  readonly rubricVersion: string;
  readonly domains: readonly Domain[];
  readonly items: readonly PlanItem[];
  /** Every competency the result will score, in display order. */
  readonly competencies: readonly string[];
}

export type FollowUpReason = 'short' | 'vague' | 'missing-concepts';

/** One prompt shown to the expert and the answer given to it. */
export interface Turn {
  /** Identifies the prompt; the client sends it back with the answer (no answer to a stale prompt). */
  readonly id: string;
  readonly itemIndex: number;
  readonly questionId: string;
  readonly kind: 'question' | 'follow-up';
  readonly followUp?: { readonly reason: FollowUpReason; readonly targets: readonly string[] };
  readonly prompt: string;
  /** Server clock. */
  readonly askedAt: string;
  readonly answer?: { readonly text: string; readonly submittedAt: string };
}
