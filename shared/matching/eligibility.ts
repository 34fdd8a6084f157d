/**
 * Eligibility: whether an expert may be offered a project's work, accept it, and keep working on
 * it. One rule for every place work reaches an expert — the catalogue ("Projects for you"), offers,
 * the work queue, accepting, pulling documents and annotations, pushing annotations — so the work
 * queue never offers what Projects calls "not yet for you". It is the project's hard requirements,
 * all of them (see `hardRequirementsOf`), judged today: a licence that has expired no longer counts.
 */
import type { Project } from '../model/project';
import type { ExpertSnapshot } from './expert';
import { hardFilterProblems } from './filters';
import { hardRequirementsOf, type ProjectListing } from './listing';
import type { UnmetRequirement } from './unmet';

export type Eligibility =
  | { readonly eligible: true }
  | {
      readonly eligible: false;
      /** Codes for the UI and for the requester: what the project asks that is missing. */
      readonly unmet: readonly UnmetRequirement[];
      /** The same in words for the expert, with what they have (e.g. "yours is pending review"). */
      readonly reasons: readonly string[];
    };

export type EligibilityProject = Pick<Project, 'domain' | 'languages'>;

/** An expert without a profile has shown nothing to match: no project's work is theirs yet. */
const NO_PROFILE: Eligibility = {
  eligible: false,
  unmet: [{ code: 'profile' }],
  reasons: ['build your profile first'],
};

export function eligibility(
  expert: ExpertSnapshot | undefined,
  project: EligibilityProject,
  listing: ProjectListing | null,
  today: string,
): Eligibility {
  if (!expert) return NO_PROFILE;
  const problems = hardFilterProblems(expert, hardRequirementsOf(project, listing), today);
  return problems.length === 0
    ? { eligible: true }
    : {
        eligible: false,
        unmet: problems.map((p) => p.unmet),
        reasons: problems.map((p) => p.reason),
      };
}

/** Whether judging needs the expert's interview scores (only a score floor does), so callers load them only then. */
export function needsInterviewScores(listing: ProjectListing | null): boolean {
  return listing?.competencies.some((c) => c.minScore !== undefined) ?? false;
}

/**
 * Project states as experts meet them: a draft does not exist for them (it is being prepared);
 * new work — offers and accepting them — needs an open project. Paused and closed projects stay
 * visible to their members (their past work, their pay) but take no new work.
 */
export function visibleToExperts(status: Project['status'] | (string & {})): boolean {
  return status !== 'draft';
}

export function takesNewWork(status: Project['status'] | (string & {})): boolean {
  return status === 'open';
}
