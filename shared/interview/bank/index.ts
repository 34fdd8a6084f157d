import type { BankDomain, Question } from '../types';
import { FINANCE_DEPTH } from './finance/depth';
import { FINANCE_EXPERIENCE } from './finance/experience';
import { FINANCE_TASKS } from './finance/tasks';
import { GENERAL_QUESTIONS } from './general';
import { LAW_DEPTH } from './law/depth';
import { LAW_EXPERIENCE } from './law/experience';
import { LAW_TASKS } from './law/tasks';
import { MEDICINE_DEPTH } from './medicine/depth';
import { MEDICINE_EXPERIENCE } from './medicine/experience';
import { MEDICINE_TASKS } from './medicine/tasks';

/** Bump when a question's text or concepts change: transcripts record it. */
export const BANK_VERSION = 'bank/1';

export const QUESTION_BANK: readonly Question[] = [
  ...LAW_EXPERIENCE,
  ...LAW_DEPTH,
  ...LAW_TASKS,
  ...MEDICINE_EXPERIENCE,
  ...MEDICINE_DEPTH,
  ...MEDICINE_TASKS,
  ...FINANCE_EXPERIENCE,
  ...FINANCE_DEPTH,
  ...FINANCE_TASKS,
  ...GENERAL_QUESTIONS,
];

const byId = new Map(QUESTION_BANK.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return byId.get(id);
}

export function questionsFor(domain: BankDomain): Question[] {
  return QUESTION_BANK.filter((q) => q.domain === domain);
}
