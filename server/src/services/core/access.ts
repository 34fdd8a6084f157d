import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, ProjectsTable } from '../../db/schema';
import { compiledOnce } from '../../db/compiledOnce';
import { visibleToExperts, type Eligibility } from '../../../../shared/matching/eligibility';
import { vettingDb } from '../vetting/tables';
import {
  judgeOne,
  judgeWithFacts,
  notEligible,
  type EligibilityColumns,
  type EligibilityFacts,
} from '../vetting/eligibility';
import { notFound, ServiceError } from './errors';
import type { Principal } from './principal';

/**
 * What an account may do in a project:
 * - read: see the project, its documents and tasks, and pull annotations
 * - annotate: push annotations (own ones)
 * - editOthers: change or delete annotations others made (review corrections)
 * - review: approve or reject submitted assignments; read everyone's annotations
 * - manage: edit the project, upload documents, create tasks and offers, export
 */
export type ProjectRight = 'read' | 'annotate' | 'editOthers' | 'review' | 'manage';

export type ProjectRow = Selectable<ProjectsTable>;

export interface ProjectAccess {
  readonly project: ProjectRow;
  readonly rights: ReadonlySet<ProjectRight>;
}

/**
 * What the rights rule reads of a project and of the caller's membership in it. The listing and
 * the member's profile come along when the query joined them (the access checks do); a caller
 * without them (the push's locking read) has them read for it.
 */
export interface RightsRow extends EligibilityColumns, Partial<EligibilityFacts> {
  readonly organisation_id: string;
  readonly status: string;
  readonly member_role: 'expert' | 'reviewer' | null;
}

/**
 * The rights rule, pure: organisation staff act on their organisation's projects by role;
 * everyone else only on projects they are a member of. Nothing crosses organisations. Experts
 * never see a draft, and an expert member works in a project only while they meet its
 * requirements (`eligible`, see shared/matching/eligibility.ts).
 */
export function rightsFor(
  principal: Principal,
  project: Pick<RightsRow, 'organisation_id' | 'status'>,
  membership: 'expert' | 'reviewer' | undefined,
  eligible: boolean,
): Set<ProjectRight> {
  const rights = new Set<ProjectRight>();
  if (principal.role === 'expert' && !visibleToExperts(project.status)) return rights;
  const staff =
    principal.organisationId !== null && principal.organisationId === project.organisation_id;
  const grant = (...granted: ProjectRight[]) => granted.forEach((r) => rights.add(r));
  if (staff && principal.role === 'admin') grant('read', 'review', 'manage');
  if (staff && principal.role === 'requester') grant('read', 'manage');
  if ((staff && principal.role === 'reviewer') || membership === 'reviewer')
    grant('read', 'review', 'annotate', 'editOthers');
  if (membership === 'expert' && eligible) grant('read', 'annotate');
  return rights;
}

export interface JudgedRights {
  readonly rights: Set<ProjectRight>;
  /** Set when an expert member is held out for not meeting the project's requirements. */
  readonly ineligible?: Eligibility;
}

/**
 * The rights of `principal` in the project of `row`, judging eligibility when the rights would
 * come from an expert membership (staff and reviewers are not judged; nor are non-members).
 */
export async function judgeRights(
  db: Kysely<Database> | Transaction<Database>,
  principal: Principal,
  row: RightsRow,
): Promise<JudgedRights> {
  const membership = row.member_role ?? undefined;
  const judge = () =>
    row.listing_data !== undefined && row.profile_data !== undefined
      ? judgeWithFacts(db, principal.id, {
          ...row,
          listing_data: row.listing_data,
          profile_data: row.profile_data,
        })
      : judgeOne(db, principal.id, row);
  const judged =
    membership === 'expert' && visibleToExperts(row.status) ? await judge() : undefined;
  const rights = rightsFor(principal, row, membership, judged?.eligible ?? true);
  return judged && !judged.eligible ? { rights, ineligible: judged } : { rights };
}

/** No rights at all: the project does not exist for the caller, unless eligibility is why. */
function refusal(judged: JudgedRights): ServiceError {
  return judged.ineligible ? notEligible(judged.ineligible, 'you') : notFound();
}

export async function projectAccess(
  db: Kysely<Database>,
  principal: Principal,
  projectId: string,
): Promise<ProjectAccess | JudgedRights> {
  const row = await vettingDb(db)
    .selectFrom('projects as p')
    .leftJoin('project_members as m', (join) =>
      join.onRef('m.project_id', '=', 'p.id').on('m.account_id', '=', principal.id),
    )
    // What eligibility reads, in the same round trip: the listing, the member's profile.
    .leftJoin('project_listings as l', 'l.project_id', 'p.id')
    .leftJoin('expert_profiles as ep', 'ep.expert_id', 'm.account_id')
    .selectAll('p')
    .select(['m.role as member_role', 'l.data as listing_data', 'ep.data as profile_data'])
    .where('p.id', '=', projectId)
    .executeTakeFirst();
  if (!row) return { rights: new Set() };
  const { member_role, listing_data, profile_data, ...project } = row;
  const judged = await judgeRights(db, principal, {
    ...project,
    member_role,
    listing_data,
    profile_data,
  });
  return judged.rights.size === 0 ? judged : { project, rights: judged.rights };
}

/** What the hot paths (pull) need: the rights and the change version, without the big columns. */
export interface ProjectRights {
  readonly projectId: string;
  readonly changeVersion: number;
  readonly rights: ReadonlySet<ProjectRight>;
}

/** The rights query runs on every project request (every pull): compiled once. */
const rightsRow = compiledOnce((db, accountId: string, projectId: string) =>
  vettingDb(db)
    .selectFrom('projects as p')
    .leftJoin('project_members as m', (join) =>
      join.onRef('m.project_id', '=', 'p.id').on('m.account_id', '=', accountId),
    )
    .leftJoin('project_listings as l', 'l.project_id', 'p.id')
    .leftJoin('expert_profiles as ep', 'ep.expert_id', 'm.account_id')
    .select([
      'p.id',
      'p.organisation_id',
      'p.status',
      'p.domain',
      'p.languages',
      'p.change_version',
      'm.role as member_role',
      'l.data as listing_data',
      'ep.data as profile_data',
    ])
    .where('p.id', '=', projectId),
);

export async function requireProjectRights(
  db: Kysely<Database>,
  principal: Principal,
  projectId: string,
  right: ProjectRight,
): Promise<ProjectRights> {
  const row = (await rightsRow(db, principal.id, projectId)).rows[0];
  if (!row) throw notFound();
  const judged = await judgeRights(db, principal, row);
  if (judged.rights.size === 0) throw refusal(judged);
  if (!judged.rights.has(right))
    throw new ServiceError('forbidden', `you may not ${right} this project`);
  return { projectId, changeVersion: row.change_version, rights: judged.rights };
}

/**
 * The project if the principal has `right` in it. Without any right the project does not exist
 * for them (404) — unless they are a member held out for not meeting its requirements (403
 * `notEligible`, naming them); with some rights but not this one they are refused (403).
 */
export async function requireProject(
  db: Kysely<Database>,
  principal: Principal,
  projectId: string,
  right: ProjectRight,
): Promise<ProjectAccess> {
  const access = await projectAccess(db, principal, projectId);
  if (!('project' in access)) throw refusal(access);
  if (!access.rights.has(right))
    throw new ServiceError('forbidden', `you may not ${right} this project`);
  return access;
}
