import { effectiveStatus } from '../credentials/verification';
import { yearsOfExperience } from '../profile/experience';
import { jurisdictionCovers } from '../profile/jurisdictions';
import { DOMAIN_NAMES, specialtyName } from '../profile/specialties';
import { COMPETENCIES, competencyById } from '../interview/rubric';
import type { ExpertSnapshot } from './expert';
import { interviewScore } from './filters';
import { credentialLabel, money, years } from './labels';
import type { ProjectRequirements } from './project';

/** Each component is 0..1; the weights say what matters most once the hard filters are passed. */
export const WEIGHTS = {
  competencies: 0.4,
  experience: 0.2,
  quality: 0.2,
  pay: 0.1,
  availability: 0.1,
} as const;

export type Components = { readonly [K in keyof typeof WEIGHTS]: number };

interface Part {
  readonly value: number;
  /** Said when it helps the match… */
  readonly reasons: readonly string[];
  /** …and when it holds it back. */
  readonly concerns: readonly string[];
}

/** New experts start as if 8 of 10 tasks had been accepted: neither punished nor flattered. */
const PRIOR_ACCEPTED = 8;
const PRIOR_TASKS = 10;

function competencies(expert: ExpertSnapshot, project: ProjectRequirements): Part {
  const wanted = project.competencies.length
    ? project.competencies.map((c) => ({ id: c.competencyId, weight: c.weight ?? 1 }))
    : COMPETENCIES.filter((c) => c.domain === project.domain).map((c) => ({ id: c.id, weight: 1 }));
  if (!expert.interview) return { value: 0, reasons: [], concerns: ['no interview yet'] };
  let total = 0;
  let earned = 0;
  const reasons: string[] = [];
  const concerns: string[] = [];
  for (const { id, weight } of wanted) {
    const score = interviewScore(expert, id);
    const name = competencyById(id)?.short ?? id;
    total += weight;
    if (score === undefined) {
      concerns.push(`no interview score in ${name}`);
      continue;
    }
    earned += (weight * (score - 1)) / 3;
    (score >= 3 ? reasons : concerns).push(`interview: ${name} ${score}/4`);
  }
  return { value: total === 0 ? 0 : earned / total, reasons, concerns };
}

function experience(expert: ExpertSnapshot, project: ProjectRequirements, today: string): Part {
  const month = today.slice(0, 7);
  const history = expert.profile.workHistory;
  const domainYears = yearsOfExperience(history, month, { domain: project.domain });
  const target = Math.max(8, 2 * (project.minYearsExperience ?? 0));
  const best = project.subSpecialties
    .map((s) => ({
      s,
      y: yearsOfExperience(history, month, { domain: project.domain, subSpecialty: s }),
    }))
    .sort((a, b) => b.y - a.y)[0];
  const claimed = expert.profile.domains
    .find((d) => d.domain === project.domain)
    ?.subSpecialties.some((s) => project.subSpecialties.includes(s));
  const value = Math.min(
    1,
    domainYears / target + (best && best.y > 0 ? 0.15 : claimed ? 0.05 : 0),
  );
  const reason =
    best && best.y >= 1
      ? `${years(best.y)} ${specialtyName(project.domain, best.s)}`
      : domainYears >= 1
        ? `${years(domainYears)} in ${DOMAIN_NAMES[project.domain]}`
        : undefined;
  return reason
    ? { value, reasons: [reason], concerns: [] }
    : { value, reasons: [], concerns: [`no ${DOMAIN_NAMES[project.domain]} work history listed`] };
}

function quality(expert: ExpertSnapshot): Part {
  const q = expert.quality;
  const value =
    ((q?.acceptedTasks ?? 0) + PRIOR_ACCEPTED) / ((q?.reviewedTasks ?? 0) + PRIOR_TASKS);
  if (!q || q.reviewedTasks === 0)
    return { value, reasons: [], concerns: ['no reviewed work yet'] };
  const rate = Math.round((100 * q.acceptedTasks) / q.reviewedTasks);
  const text = `${rate}% of ${q.reviewedTasks} reviewed tasks accepted`;
  return rate >= 90
    ? { value, reasons: [text], concerns: [] }
    : { value, reasons: [], concerns: [text] };
}

function pay(expert: ExpertSnapshot, project: ProjectRequirements): Part {
  const p = project.pay;
  const hourly = p.kind === 'hourly' ? p.rate : (p.rate * 60) / p.minutesPerTask;
  const rate = `${money(Math.round(hourly * 100) / 100, p.currency)}/h${p.kind === 'per-task' ? ' (estimated)' : ''}`;
  const want = expert.profile.rate;
  if (want.currency !== p.currency)
    return {
      value: 0.5,
      reasons: [],
      concerns: [`pays in ${p.currency}; your rate is in ${want.currency}`],
    };
  const expected = `${money(want.hourly, want.currency)}/h`;
  if (hourly >= want.hourly)
    return { value: 1, reasons: [`pays ${rate}, at or above your ${expected}`], concerns: [] };
  const value = Math.max(0, (hourly - 0.5 * want.hourly) / (0.5 * want.hourly));
  return { value, reasons: [], concerns: [`pays ${rate}, below your ${expected}`] };
}

function availability(expert: ExpertSnapshot, project: ProjectRequirements, today: string): Part {
  const offered = expert.profile.availability.hoursPerWeek;
  let needed = Math.max(project.minHoursPerWeek, 1);
  if (project.estimatedHours !== undefined && project.deadline !== undefined) {
    const weeks = Math.max(
      1,
      (Date.parse(project.deadline) - Date.parse(today)) / (7 * 86_400_000),
    );
    needed = Math.max(needed, project.estimatedHours / weeks);
  }
  const value = Math.min(1, offered / needed);
  const text = `${offered} h a week available; the project needs about ${Math.ceil(needed)}`;
  return value >= 1
    ? { value, reasons: [], concerns: [] }
    : { value, reasons: [], concerns: [text] };
}

function credentials(
  expert: ExpertSnapshot,
  project: ProjectRequirements,
  today: string,
): string[] {
  return project.credentials.flatMap((r) => {
    const held = expert.profile.credentials.find(
      (c) =>
        c.type === r.type &&
        (r.jurisdictions.length === 0 ||
          r.jurisdictions.some((j) => jurisdictionCovers(j, c.jurisdiction))) &&
        effectiveStatus(c, today).status === 'verified',
    );
    return held
      ? [`verified ${credentialLabel(held.type, held.jurisdiction ? [held.jurisdiction] : [])}`]
      : [];
  });
}

export interface Ranking {
  /** 0..100, one decimal. */
  readonly score: number;
  readonly components: Components;
  /** Strengths first (credentials, experience, interview, quality, pay), then concerns. */
  readonly reasons: readonly string[];
  readonly concerns: readonly string[];
}

/** The ranked score of an eligible expert for a project, with its reasons. Pure. */
export function rank(expert: ExpertSnapshot, project: ProjectRequirements, today: string): Ranking {
  const parts = {
    competencies: competencies(expert, project),
    experience: experience(expert, project, today),
    quality: quality(expert),
    pay: pay(expert, project),
    availability: availability(expert, project, today),
  };
  const keys = Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[];
  const total = keys.reduce((sum, k) => sum + WEIGHTS[k] * parts[k].value, 0);
  return {
    score: Math.round(total * 1000) / 10,
    components: Object.fromEntries(
      keys.map((k) => [k, Math.round(parts[k].value * 1000) / 1000]),
    ) as Components,
    reasons: [
      ...credentials(expert, project, today),
      ...parts.experience.reasons,
      ...parts.competencies.reasons,
      ...parts.quality.reasons,
      ...parts.pay.reasons,
    ],
    concerns: keys.flatMap((k) => parts[k].concerns),
  };
}
