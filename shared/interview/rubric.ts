import type { BankDomain, Competency, Score } from './types';

/** Bump when an anchor's meaning changes: results record it, so old scores stay interpretable. */
export const RUBRIC_VERSION = 'rubric/1';

const competency = (
  id: string,
  domain: BankDomain,
  name: string,
  short: string,
  description: string,
  anchors: readonly [string, string, string, string],
): Competency => ({
  id,
  domain,
  name,
  short,
  description,
  anchors: { 1: anchors[0], 2: anchors[1], 3: anchors[2], 4: anchors[3] },
});

export const COMPETENCIES: readonly Competency[] = [
  competency(
    'contract-drafting',
    'law',
    'Contract drafting and negotiation',
    'contract drafting',
    'Allocating risk in agreements and negotiating it for a client.',
    [
      'Cannot describe a real negotiation or what the core clauses are for.',
      'Names clauses but not the trade-offs behind them or their own part in the deal.',
      'Walks through a real matter: the risk-allocation clauses, the positions taken and why.',
      'Also gives fallback positions, how caps, carve-outs and indemnities interact, and the commercial context.',
    ],
  ),
  competency(
    'legal-analysis',
    'law',
    'Legal research and analysis',
    'legal analysis',
    'Finding the governing law, weighing authority and applying it to facts.',
    [
      'States conclusions without authority or misstates the governing rule.',
      'Identifies the rule but applies it loosely or ignores jurisdiction and exceptions.',
      'Identifies the rule, its source and its application to the facts, with the main exceptions.',
      'Also weighs conflicting authority, states the uncertainty precisely and what would change the answer.',
    ],
  ),
  competency(
    'litigation-procedure',
    'law',
    'Litigation and procedure',
    'litigation',
    'Running a dispute: claims, procedural steps, evidence and strategy.',
    [
      'Cannot describe the stages of a dispute or their purpose.',
      'Knows the stages but not the standards that govern them or the strategy behind them.',
      'Explains the governing standards and the steps taken, with reasons.',
      'Also weighs costs, risks and timing, and how procedure shapes the outcome.',
    ],
  ),
  competency(
    'regulatory-compliance',
    'law',
    'Regulatory compliance',
    'regulatory compliance',
    'Advising on regulatory regimes (privacy, financial, anti-corruption) and what they require.',
    [
      'Cannot name the regime that applies or what it requires.',
      'Names the regime but misstates its obligations or thresholds.',
      'States the obligations, thresholds and who they fall on, and what the client must do.',
      'Also addresses enforcement risk, recent changes and the documentation regulators expect.',
    ],
  ),
  competency(
    'clinical-reasoning',
    'medicine',
    'Clinical reasoning',
    'clinical reasoning',
    'Assessing patients: differential diagnosis, red flags, investigations and first management.',
    [
      'Jumps to a diagnosis or management without a differential or misses dangerous causes.',
      'Gives a differential but without prioritising danger or choosing tests that discriminate.',
      'Prioritises a sound differential, names the key investigations and first management.',
      'Also times and sequences actions, weighs risk scores and thresholds, and says what would change the plan.',
    ],
  ),
  competency(
    'pharmacotherapy',
    'medicine',
    'Pharmacotherapy',
    'pharmacotherapy',
    'Choosing, dosing and monitoring drugs; recognising interactions and adverse effects.',
    [
      'Misses a clinically significant interaction or dosing issue.',
      'Recognises the issue but cannot explain the mechanism or the right response.',
      'Explains the mechanism and the response: adjustment, alternative or monitoring.',
      'Also accounts for patient factors (renal function, age, allergy history) and gives specific monitoring.',
    ],
  ),
  competency(
    'clinical-documentation',
    'medicine',
    'Clinical documentation and coding',
    'clinical documentation',
    'Writing notes and summaries that carry the clinical facts, and coding them correctly.',
    [
      'Misses clinically important facts or cannot relate documentation to coding.',
      'Knows what belongs in a note but not how specificity and sequencing affect coding.',
      'Documents and codes accurately, with the relevant codes and sequencing rules.',
      'Also knows when to query the clinician and the downstream effect of omissions.',
    ],
  ),
  competency(
    'financial-analysis',
    'finance',
    'Financial statement analysis',
    'financial analysis',
    'Reading statements: earnings quality, cash flow, accounting standards and ratios.',
    [
      'Computes or interprets basic measures incorrectly.',
      'Computes measures correctly but does not question what drives them.',
      'Explains what drives the numbers and the accounting standard involved.',
      'Also tests earnings quality, comparability across companies and what to check next.',
    ],
  ),
  competency(
    'valuation',
    'finance',
    'Valuation and corporate finance',
    'valuation',
    'Valuing businesses and securities: methods, discount rates and key assumptions.',
    [
      'Cannot explain a valuation method or misstates how value responds to rates.',
      'Knows the methods but not how to set or test the inputs.',
      'Sets the key inputs with sound sources and explains their effect on value.',
      'Also stress-tests assumptions and ties the valuation to the decision it informs.',
    ],
  ),
  competency(
    'risk-regulation',
    'finance',
    'Risk and regulation',
    'risk and regulation',
    'Measuring and limiting financial risk and applying prudential and reporting rules.',
    [
      'Misstates how a risk is measured or what the rules require.',
      'Knows the measures but not their limits or the regulatory thresholds.',
      'Explains measures, their limits and the applicable thresholds or standards.',
      'Also proposes complementary measures and concrete actions, and knows the governance around them.',
    ],
  ),
  competency(
    'annotation-judgement',
    'general',
    'Annotation judgement',
    'annotation judgement',
    'Handling ambiguity, errors and sensitive material the way careful annotation needs.',
    [
      'Guesses or applies rules mechanically; no sense of when to escalate.',
      'Sees the ambiguity but resolves it inconsistently or without a stated reason.',
      'Resolves it with a stated reason consistent with the guidelines and flags what needs flagging.',
      'Also keeps judgements consistent over time and improves the guidelines for others.',
    ],
  ),
  competency(
    'communication',
    'general',
    'Written communication',
    'communication',
    'Clear, reasoned written explanation, scored across all answers.',
    [
      'Answers are missing or fragmentary.',
      'Understandable but unstructured or heavily hedged; reasons rarely given.',
      'Clear, with reasons for most claims.',
      'Precise and structured: reasons, concrete specifics and qualifications where due.',
    ],
  ),
];

export function competencyById(id: string): Competency | undefined {
  return COMPETENCIES.find((c) => c.id === id);
}

export const SCORES: readonly Score[] = [1, 2, 3, 4];
