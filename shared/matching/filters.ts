import { effectiveStatus } from '../credentials/verification';
import { jurisdictionCovers } from '../profile/jurisdictions';
import { yearsOfExperience } from '../profile/experience';
import { DOMAIN_NAMES } from '../profile/specialties';
import { competencyById } from '../interview/rubric';
import type { ExpertSnapshot } from './expert';
import { credentialLabel, years } from './labels';
import type { CredentialRequirement, ProjectRequirements } from './project';

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

/**
 * Every hard requirement the expert misses, in words they can act on; empty means eligible.
 * All of them, not the first: "needs French; needs 10 h a week" saves two round trips.
 */
export function hardFilterReasons(
  expert: ExpertSnapshot,
  project: ProjectRequirements,
  today: string,
): string[] {
  const reasons: string[] = [];
  const { profile } = expert;
  if (!profile.domains.some((d) => d.domain === project.domain))
    reasons.push(
      `needs ${DOMAIN_NAMES[project.domain]} expertise, which your profile does not list`,
    );
  for (const requirement of project.credentials) {
    const problem = credentialProblem(expert, requirement, today);
    if (problem) reasons.push(problem);
  }
  for (const code of project.languages) {
    const ok = profile.languages.some(
      (l) =>
        (l.code === code || l.code.split('-')[0] === code) && WORKING_LEVELS.has(l.proficiency),
    );
    if (!ok)
      reasons.push(`needs ${LANGUAGE_NAMES[code.split('-')[0]!] ?? code} at a professional level`);
  }
  if (profile.availability.hoursPerWeek < project.minHoursPerWeek)
    reasons.push(
      `needs ${project.minHoursPerWeek} h a week; you offer ${profile.availability.hoursPerWeek}`,
    );
  for (const c of project.competencies) {
    if (c.minScore === undefined) continue;
    const name = competencyById(c.competencyId)?.short ?? c.competencyId;
    const score = interviewScore(expert, c.competencyId);
    if (score === undefined)
      reasons.push(`needs an interview score of ${c.minScore}/4 in ${name}; you have none yet`);
    else if (score < c.minScore)
      reasons.push(`needs ${name} ${c.minScore}/4 in the interview; yours is ${score}/4`);
  }
  if (project.minYearsExperience !== undefined) {
    const have = yearsOfExperience(profile.workHistory, today.slice(0, 7), {
      domain: project.domain,
    });
    if (have < project.minYearsExperience)
      reasons.push(
        `needs ${years(project.minYearsExperience)} of ${DOMAIN_NAMES[project.domain]} experience; your work history shows ${have}`,
      );
  }
  return reasons;
}
