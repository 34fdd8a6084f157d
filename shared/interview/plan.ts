import type { Domain, DomainExpertise } from '../profile/profile';
import { specialtyName } from '../profile/specialties';
import type { ProjectRequirements } from '../matching/project';
import { BANK_VERSION, QUESTION_BANK } from './bank/index';
import { competencyById, RUBRIC_VERSION } from './rubric';
import type { InterviewPlan, PlanItem, Question, QuestionKind } from './types';

export type PlanProject = Pick<ProjectRequirements, 'domain' | 'subSpecialties' | 'competencies'>;

export interface PlanInput {
  readonly expertise: readonly DomainExpertise[];
  /** Open projects; their requirements steer which competencies are probed. */
  readonly projects: readonly PlanProject[];
  /** Question ids asked in earlier attempts: a retake gets fresh questions while the bank lasts. */
  readonly seen?: ReadonlySet<string>;
  readonly bank?: readonly Question[];
}

export class PlanError extends Error {
  override readonly name = 'PlanError';
}

interface Quota {
  readonly experience: number;
  readonly depth: number;
  readonly practical: number;
}

/**
 * Shape of the interview by number of domains, 10–12 questions in all: every domain gets an
 * experience walk-through, depth probes and a practical task; the most-demanded domains get an
 * extra depth probe; general judgement questions fill the rest.
 */
const SHAPES: Readonly<
  Record<1 | 2 | 3, { perDomain: Quota; extraDepth: number; general: number }>
> = {
  1: { perDomain: { experience: 2, depth: 4, practical: 2 }, extraDepth: 0, general: 2 },
  2: { perDomain: { experience: 1, depth: 3, practical: 1 }, extraDepth: 1, general: 1 },
  3: { perDomain: { experience: 1, depth: 1, practical: 1 }, extraDepth: 2, general: 1 },
};

const KIND_ORDER: readonly QuestionKind[] = ['experience', 'depth', 'practical'];

interface Candidate {
  readonly question: Question;
  readonly priority: number;
  readonly reasons: string[];
}

function plural(n: number, word: string): string {
  return `${n} open ${word}${n === 1 ? '' : 's'}`;
}

function candidatesFor(
  domain: Domain,
  kind: QuestionKind,
  input: PlanInput,
  bank: readonly Question[],
): Candidate[] {
  const projects = input.projects.filter((p) => p.domain === domain);
  const ownSubs = new Set(input.expertise.find((e) => e.domain === domain)?.subSpecialties ?? []);
  return bank
    .filter((q) => q.domain === domain && q.kind === kind)
    .map((question) => {
      const reasons: string[] = [];
      const demand = projects.filter((p) =>
        p.competencies.some((c) => c.competencyId === question.competency),
      ).length;
      const name = competencyById(question.competency)?.name ?? question.competency;
      if (demand > 0) reasons.push(`${name} is required by ${plural(demand, 'project')}`);
      const mine = question.subSpecialties.filter((s) => ownSubs.has(s));
      if (mine.length > 0)
        reasons.push(
          `matches your sub-specialty: ${mine.map((s) => specialtyName(domain, s)).join(', ')}`,
        );
      const wanted = question.subSpecialties.filter((s) =>
        projects.some((p) => p.subSpecialties.includes(s)),
      );
      if (wanted.length > 0)
        reasons.push(
          `open projects need ${wanted.map((s) => specialtyName(domain, s)).join(', ')}`,
        );
      if (reasons.length === 0) reasons.push(`covers ${name}`);
      const priority = 3 * demand + (mine.length > 0 ? 2 : 0) + (wanted.length > 0 ? 1 : 0);
      return { question, priority, reasons };
    });
}

/**
 * Spreading the interview: a competency already probed by a question of the same kind costs a
 * lot (three depth probes on one competency teach little), one probed by another kind a little
 * (an experience walk-through and a practical task on the same competency test different things).
 */
const SAME_KIND_PENALTY = 4;
const OTHER_KIND_PENALTY = 1;

function spreadPenalty(question: Question, chosen: ReadonlyMap<string, number>): number {
  const sameKind = chosen.get(`${question.kind}:${question.competency}`) ?? 0;
  const any = chosen.get(question.competency) ?? 0;
  return SAME_KIND_PENALTY * sameKind + OTHER_KIND_PENALTY * (any - sameKind);
}

/**
 * Greedy choice: unseen before seen, then priority less the spread penalty; bank order breaks ties.
 */
function pick(
  candidates: readonly Candidate[],
  count: number,
  chosen: Map<string, number>,
  taken: Set<string>,
  seen: ReadonlySet<string>,
): Candidate[] {
  const picked: Candidate[] = [];
  for (let n = 0; n < count; n += 1) {
    let best: { candidate: Candidate; key: [number, number] } | undefined;
    for (const candidate of candidates) {
      if (taken.has(candidate.question.id)) continue;
      const key: [number, number] = [
        seen.has(candidate.question.id) ? 0 : 1,
        candidate.priority - spreadPenalty(candidate.question, chosen),
      ];
      if (!best || key[0] > best.key[0] || (key[0] === best.key[0] && key[1] > best.key[1]))
        best = { candidate, key };
    }
    if (!best) break;
    const { question } = best.candidate;
    taken.add(question.id);
    for (const key of [question.competency, `${question.kind}:${question.competency}`])
      chosen.set(key, (chosen.get(key) ?? 0) + 1);
    picked.push(
      seen.has(question.id)
        ? {
            ...best.candidate,
            reasons: [
              ...best.candidate.reasons,
              'asked in an earlier attempt: no fresh question left',
            ],
          }
        : best.candidate,
    );
  }
  return picked;
}

const toItem = ({ question, reasons }: Candidate): PlanItem => ({
  questionId: question.id,
  domain: question.domain,
  kind: question.kind,
  competency: question.competency,
  reasons,
});

/** The interview's questions, from the expert's domains and what open projects need. Pure. */
export function buildPlan(input: PlanInput): InterviewPlan {
  const bank = input.bank ?? QUESTION_BANK;
  const seen = input.seen ?? new Set<string>();
  const declared = [...new Set(input.expertise.map((e) => e.domain))];
  if (declared.length === 0)
    throw new PlanError('Add at least one domain to your profile before the interview.');
  const demand = (d: Domain) => input.projects.filter((p) => p.domain === d).length;
  const domains = declared
    .map((domain, order) => ({ domain, order, demand: demand(domain) }))
    .sort((a, b) => b.demand - a.demand || a.order - b.order)
    .slice(0, 3)
    .map((d) => d.domain);
  const shape = SHAPES[domains.length as 1 | 2 | 3];
  const taken = new Set<string>();
  const byKind = new Map<QuestionKind, Candidate[]>(KIND_ORDER.map((k) => [k, []]));
  domains.forEach((domain, rank) => {
    const chosen = new Map<string, number>();
    for (const kind of KIND_ORDER) {
      const count = shape.perDomain[kind] + (kind === 'depth' && rank < shape.extraDepth ? 1 : 0);
      const picked = pick(candidatesFor(domain, kind, input, bank), count, chosen, taken, seen);
      byKind.get(kind)!.push(...picked);
    }
  });
  const general = bank
    .filter((q) => q.domain === 'general')
    .map((question) => ({ question, priority: 0, reasons: ['asked of every expert'] }));
  const generalPicked = pick(general, shape.general, new Map(), taken, seen);
  const items = [...KIND_ORDER.flatMap((k) => byKind.get(k)!), ...generalPicked].map(toItem);
  return {
    bankVersion: BANK_VERSION,
    rubricVersion: RUBRIC_VERSION,
    domains,
    items,
    competencies: [...new Set([...items.map((i) => i.competency), 'communication'])],
  };
}
