import type { ConceptDef } from '../concepts';
import type { BankDomain, Probe, Question, QuestionKind } from '../types';

/** Terms are written `a|b|c` so a concept fits on a line or two of the bank. */
export function concept(
  id: string,
  label: string,
  terms: string,
  flags: Pick<ConceptDef, 'key' | 'respectNegation'> = {},
): ConceptDef {
  return { id, label, terms: terms.split('|').map((t) => t.trim()), ...flags };
}

/** The verdict a practical task expects when the AI answer is wrong; negated mentions do not count. */
export function saysWrong(extra = ''): ConceptDef {
  const terms =
    'incorrect|wrong|not correct|inaccurate|not accurate|mistaken|misleading|false|error|not right';
  return concept('verdict', 'judges the AI answer wrong', extra ? `${terms}|${extra}` : terms, {
    key: true,
    respectNegation: true,
  });
}

export const probe = (targets: string, text: string): Probe => ({
  targets: targets.split('|'),
  text,
});

/** Fewer words than this earns a "could you say more" follow-up. */
const MIN_WORDS: Readonly<Record<QuestionKind, number>> = {
  experience: 60,
  depth: 40,
  practical: 35,
};

export function question(
  domain: BankDomain,
  spec: Omit<Question, 'domain' | 'minWords' | 'subSpecialties'> & {
    readonly subSpecialties?: readonly string[];
    readonly minWords?: number;
  },
): Question {
  return {
    domain,
    subSpecialties: [],
    minWords: MIN_WORDS[spec.kind],
    ...spec,
  };
}
