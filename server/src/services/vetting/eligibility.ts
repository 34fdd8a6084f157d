/**
 * The eligibility rule of shared/matching/eligibility.ts over what the database holds: the expert's
 * profile and effective interview scores, the project's domain, languages and listing. Read fresh
 * on every check: a licence expires, a listing tightens, a reviewer rejects a credential, and the
 * next request already knows. Nothing is cached that could go stale.
 */
import type { Kysely, Transaction } from 'kysely';
import { Compile } from 'typebox/compile';
import { effectiveScores } from '../../../../shared/interview/override';
import type { InterviewResult } from '../../../../shared/interview/result';
import {
  eligibility,
  needsInterviewScores,
  visibleToExperts,
  type Eligibility,
} from '../../../../shared/matching/eligibility';
import type { ExpertSnapshot } from '../../../../shared/matching/expert';
import { ProjectListing } from '../../../../shared/matching/listing';
import { PROJECT_DOMAINS } from '../../../../shared/model/project';
import type { ExpertProfile } from '../../../../shared/profile/profile';
import type { Database } from '../../db/schema';
import { vettingDb } from './tables';
import { ServiceError } from '../core/errors';

type Reader = Kysely<Database> | Transaction<Database>;

/** The project columns the rule reads (as stored: languages are JSON text). */
export interface EligibilityColumns {
  readonly id: string;
  readonly domain: string;
  readonly languages: string;
}

const checkListing = Compile(ProjectListing);

const UNREADABLE: Eligibility = {
  eligible: false,
  unmet: [],
  reasons: ['this project’s requirements cannot be read; ask its requester'],
};

/** Today as the server's calendar has it (credential expiry is by date). */
export const serverToday = (): string => new Date().toISOString().slice(0, 10);

/** The listing and profile as stored (JSON text), when the caller's own query read them. */
export interface EligibilityFacts {
  readonly listing_data: string | null;
  readonly profile_data: string | null;
}

/** A listing the schema refuses cannot say what the project asks: nobody qualifies (fail closed). */
function readListing(text: string | null): ProjectListing | null | 'unreadable' {
  if (text === null) return null;
  const value: unknown = JSON.parse(text);
  return checkListing.Check(value) ? value : 'unreadable';
}

async function snapshotFrom(
  db: Reader,
  expertId: string,
  profileText: string | null,
  withInterview: boolean,
): Promise<ExpertSnapshot | undefined> {
  if (profileText === null) return undefined;
  const snapshot: ExpertSnapshot = {
    expertId,
    profile: JSON.parse(profileText) as ExpertProfile,
  };
  // Interview sessions are large: read only when a listing sets a score floor.
  if (!withInterview) return snapshot;
  // The latest scored interview counts, as in matching (vetting/interviews.ts latestResults).
  const session = await vettingDb(db)
    .selectFrom('interview_sessions')
    .select('data')
    .where('expert_id', '=', expertId)
    .where('status', '=', 'scored')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const result = session
    ? (JSON.parse(session.data) as { result?: InterviewResult }).result
    : undefined;
  return result ? { ...snapshot, interview: { scores: effectiveScores(result) } } : snapshot;
}

function judgeParsed(
  expert: ExpertSnapshot | undefined,
  project: EligibilityColumns,
  listing: ProjectListing | null | 'unreadable',
  today: string,
): Eligibility {
  if (listing === 'unreadable') return UNREADABLE;
  return eligibility(
    expert,
    {
      domain: PROJECT_DOMAINS.find((d) => d === project.domain) ?? 'other',
      languages: JSON.parse(project.languages) as string[],
    },
    listing,
    today,
  );
}

/** Whether `expertId` may work on each of `projects` today, by project id. */
export async function judgeEligibility(
  db: Reader,
  expertId: string,
  projects: readonly EligibilityColumns[],
  today: string = serverToday(),
): Promise<Map<string, Eligibility>> {
  const judged = new Map<string, Eligibility>();
  if (projects.length === 0) return judged;
  const vetting = vettingDb(db);
  const rows = await vetting
    .selectFrom('project_listings')
    .select(['project_id', 'data'])
    .where(
      'project_id',
      'in',
      projects.map((p) => p.id),
    )
    .execute();
  const listings = new Map(rows.map((r) => [r.project_id, readListing(r.data)]));
  const profile = await vetting
    .selectFrom('expert_profiles')
    .select('data')
    .where('expert_id', '=', expertId)
    .executeTakeFirst();
  const expert = await snapshotFrom(
    db,
    expertId,
    profile?.data ?? null,
    [...listings.values()].some((l) => l !== 'unreadable' && needsInterviewScores(l)),
  );
  for (const project of projects)
    judged.set(project.id, judgeParsed(expert, project, listings.get(project.id) ?? null, today));
  return judged;
}

/**
 * One project, from facts the caller's query already read (the access check joins the listing and
 * the profile to the project row, so the hot path pays no extra round trip).
 */
export async function judgeWithFacts(
  db: Reader,
  expertId: string,
  project: EligibilityColumns & EligibilityFacts,
  today: string = serverToday(),
): Promise<Eligibility> {
  const listing = readListing(project.listing_data);
  const withInterview = listing !== 'unreadable' && needsInterviewScores(listing);
  const expert = await snapshotFrom(db, expertId, project.profile_data, withInterview);
  return judgeParsed(expert, project, listing, today);
}

export async function judgeOne(
  db: Reader,
  expertId: string,
  project: EligibilityColumns,
): Promise<Eligibility> {
  return (await judgeEligibility(db, expertId, [project])).get(project.id)!;
}

/**
 * The refusal for work an expert does not qualify for. `error: notEligible` lets the app say so in
 * the person's language; `unmet` names the requirements (never what the expert has, so it is safe
 * to show a requester).
 */
export function notEligible(judged: Eligibility, who: 'you' | 'this expert'): ServiceError {
  const unmet = judged.eligible ? [] : judged.unmet;
  return new ServiceError(
    'forbidden',
    who === 'you'
      ? `You do not meet this project's requirements${judged.eligible ? '' : `: ${judged.reasons.join('; ')}`}.`.slice(
          0,
          500,
        )
      : 'this expert does not meet the project’s requirements',
    { error: 'notEligible', unmet },
  );
}

/**
 * Of `projectIds`, the ones whose work the expert may see now: not drafts, and whose requirements
 * the expert meets today. What the expert's lists (projects, assignments, the work queue) show.
 */
export async function workableProjectIds(
  db: Reader,
  expertId: string,
  projectIds: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(projectIds)];
  if (unique.length === 0) return new Set();
  const projects = await db
    .selectFrom('projects')
    .select(['id', 'status', 'domain', 'languages'])
    .where('id', 'in', unique)
    .execute();
  const visible = projects.filter((p) => visibleToExperts(p.status));
  const judged = await judgeEligibility(db, expertId, visible);
  return new Set(visible.filter((p) => judged.get(p.id)?.eligible).map((p) => p.id));
}
