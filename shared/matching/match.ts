import type { ExpertSnapshot } from './expert';
import { hardFilterProblems } from './filters';
import type { ProjectRequirements } from './project';
import { rank, type Ranking } from './rank';
import type { UnmetRequirement } from './unmet';

export interface Match extends Ranking {
  readonly projectId: string;
  readonly expertId: string;
  /** One line for a card: "verified NY bar licence; 8 years contract law; interview: contract drafting 4/4". */
  readonly summary: string;
}

export interface Exclusion {
  readonly projectId: string;
  readonly expertId: string;
  /** Every hard requirement missed, so the expert sees why and what to do. */
  readonly reasons: readonly string[];
  /** The same as codes (what the project asks), for the app to say in the person's language. */
  readonly unmet: readonly UnmetRequirement[];
}

export interface MatchResult {
  readonly matches: readonly Match[];
  readonly excluded: readonly Exclusion[];
}

function evaluate(
  expert: ExpertSnapshot,
  project: ProjectRequirements,
  today: string,
): Match | Exclusion {
  const problems = hardFilterProblems(expert, project, today);
  if (problems.length > 0)
    return {
      projectId: project.projectId,
      expertId: expert.expertId,
      reasons: problems.map((p) => p.reason),
      unmet: problems.map((p) => p.unmet),
    };
  const ranking = rank(expert, project, today);
  return {
    projectId: project.projectId,
    expertId: expert.expertId,
    ...ranking,
    summary: ranking.reasons.join('; '),
  };
}

function split(
  results: readonly (Match | Exclusion)[],
  tieBreak: (m: Match) => string,
): MatchResult {
  const matches = results
    .filter((r): r is Match => 'score' in r)
    .sort((a, b) => b.score - a.score || tieBreak(a).localeCompare(tieBreak(b)));
  return { matches, excluded: results.filter((r): r is Exclusion => !('score' in r)) };
}

/** "Projects for you": open projects the expert qualifies for, best first, and why not the others. */
export function matchProjectsForExpert(
  expert: ExpertSnapshot,
  projects: readonly ProjectRequirements[],
  today: string,
): MatchResult {
  return split(
    projects.map((p) => evaluate(expert, p, today)),
    (m) => m.projectId,
  );
}

/** The requester's view: candidates ranked for a project, and the reasons others are filtered out. */
export function rankCandidates(
  project: ProjectRequirements,
  experts: readonly ExpertSnapshot[],
  today: string,
): MatchResult {
  return split(
    experts.map((e) => evaluate(e, project, today)),
    (m) => m.expertId,
  );
}
