import { effectiveStatus } from '../credentials/verification';
import { jurisdictionCovers } from '../profile/jurisdictions';
import { yearsOfExperience } from '../profile/experience';
import { DOMAIN_NAMES } from '../profile/specialties';
import { competencyById } from '../interview/rubric';
import type { ExpertSnapshot } from './expert';
import { credentialLabel, years } from './labels';
import type { CredentialRequirement, HardRequirements } from './project';
import type { UnmetRequirement } from './unmet';

const WORKING_LEVELS = new Set(['native', 'fluent', 'professional']);

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
  it: 'Italian',
  pt: 'Portuguese',
  zh: 'Chinese',
  ja: 'Japanese',
  ar: 'Arabic',
  nl: 'Dutch',
};

function credentialProblem(
  expert: ExpertSnapshot,
  requirement: CredentialRequirement,
  today: string,
): string | undefined {
  const label = credentialLabel(requirement.type, requirement.jurisdictions);
  const candidates = expert.profile.credentials.filter(
    (c) =>
      c.type === requirement.type &&
      (requirement.jurisdictions.length === 0 ||
        requirement.jurisdictions.some((j) => jurisdictionCovers(j, c.jurisdiction))),
  );
  const statuses = candidates.map((c) => effectiveStatus(c, today));
  if (statuses.some((s) => s.status === 'verified')) return undefined;
  const why = statuses[0];
  if (!why) return `needs a verified ${label}`;
  if (why.status === 'pending') return `needs a verified ${label} (yours is pending review)`;
  if (why.status === 'rejected')
    return `needs a verified ${label} (yours was rejected: ${why.reason})`;
  return `needs a verified ${label} (${why.reason ?? 'yours is not submitted for verification'})`;
}

export function interviewScore(expert: ExpertSnapshot, competencyId: string): number | undefined {
  return expert.interview?.scores.find((s) => s.competencyId === competencyId)?.score;
}

/** A requirement missed: the code (what the project asks) and the words for the expert (why). */
export interface HardFilterProblem {
  readonly unmet: UnmetRequirement;
  readonly reason: string;
}

/**
 * Every hard requirement the expert misses, in words they can act on and as codes; empty means
 * eligible. All of them, not the first: "needs French; needs 10 h a week" saves two round trips.
 * A project of no matching domain (`other`) asks for no domain.
 */
export function hardFilterProblems(
  expert: ExpertSnapshot,
  project: HardRequirements,
  today: string,
): HardFilterProblem[] {
  const problems: HardFilterProblem[] = [];
  const { profile } = expert;
  const { domain } = project;
  if (domain !== undefined && !profile.domains.some((d) => d.domain === domain))
    problems.push({
      unmet: { code: 'domain', domain },
      reason: `needs ${DOMAIN_NAMES[domain]} expertise, which your profile does not list`,
    });
  for (const requirement of project.credentials) {
    const problem = credentialProblem(expert, requirement, today);
    if (problem)
      problems.push({
        unmet: {
          code: 'credential',
          credential: requirement.type,
          jurisdictions: [...requirement.jurisdictions],
        },
        reason: problem,
      });
  }
  for (const code of project.languages) {
    const ok = profile.languages.some(
      (l) =>
        (l.code === code || l.code.split('-')[0] === code) && WORKING_LEVELS.has(l.proficiency),
    );
    if (!ok)
      problems.push({
        unmet: { code: 'language', language: code },
        reason: `needs ${LANGUAGE_NAMES[code.split('-')[0]!] ?? code} at a professional level`,
      });
  }
  if (profile.availability.hoursPerWeek < project.minHoursPerWeek)
    problems.push({
      unmet: { code: 'hours', hoursPerWeek: project.minHoursPerWeek },
      reason: `needs ${project.minHoursPerWeek} h a week; you offer ${profile.availability.hoursPerWeek}`,
    });
  for (const c of project.competencies) {
    if (c.minScore === undefined) continue;
    const name = competencyById(c.competencyId)?.short ?? c.competencyId;
    const score = interviewScore(expert, c.competencyId);
    const unmet = {
      code: 'interview',
      competencyId: c.competencyId,
      minScore: c.minScore,
    } as const;
    if (score === undefined)
      problems.push({
        unmet,
        reason: `needs an interview score of ${c.minScore}/4 in ${name}; you have none yet`,
      });
    else if (score < c.minScore)
      problems.push({
        unmet,
        reason: `needs ${name} ${c.minScore}/4 in the interview; yours is ${score}/4`,
      });
  }
  if (project.minYearsExperience !== undefined) {
    const have = yearsOfExperience(
      profile.workHistory,
      today.slice(0, 7),
      domain ? { domain } : {},
    );
    const field = domain ? `${DOMAIN_NAMES[domain]} ` : '';
    if (have < project.minYearsExperience)
      problems.push({
        unmet: {
          code: 'experience',
          years: project.minYearsExperience,
          ...(domain ? { domain } : {}),
        },
        reason: `needs ${years(project.minYearsExperience)} of ${field}experience; your work history shows ${have}`,
      });
  }
  return problems;
}

/** The words of `hardFilterProblems`: what the catalogue and the candidate list show. */
export function hardFilterReasons(
  expert: ExpertSnapshot,
  project: HardRequirements,
  today: string,
): string[] {
  return hardFilterProblems(expert, project, today).map((p) => p.reason);
}
