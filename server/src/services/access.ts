import type { Kysely, Selectable } from 'kysely';
import type { Database, ProjectsTable } from '../db/schema';
import { compiledOnce } from '../db/compiledOnce';
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
 * The rights rule, pure: organisation staff act on their organisation's projects by role;
 * everyone else only on projects they are a member of. Nothing crosses organisations.
 */
export function rightsFor(
  principal: Principal,
  projectOrganisationId: string,
  membership: 'expert' | 'reviewer' | undefined,
): Set<ProjectRight> {
  const rights = new Set<ProjectRight>();
  const staff =
    principal.organisationId !== null && principal.organisationId === projectOrganisationId;
  if (staff && principal.role === 'admin')
    ['read', 'review', 'manage'].forEach((r) => rights.add(r as ProjectRight));
  if (staff && principal.role === 'requester')
    ['read', 'manage'].forEach((r) => rights.add(r as ProjectRight));
  if ((staff && principal.role === 'reviewer') || membership === 'reviewer')
    ['read', 'review', 'annotate', 'editOthers'].forEach((r) => rights.add(r as ProjectRight));
  if (membership === 'expert') ['read', 'annotate'].forEach((r) => rights.add(r as ProjectRight));
  return rights;
}

export async function projectAccess(
  db: Kysely<Database>,
  principal: Principal,
  projectId: string,
): Promise<ProjectAccess | undefined> {
  const row = await db
    .selectFrom('projects as p')
    .leftJoin('project_members as m', (join) =>
      join.onRef('m.project_id', '=', 'p.id').on('m.account_id', '=', principal.id),
    )
    .selectAll('p')
    .select('m.role as member_role')
    .where('p.id', '=', projectId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { member_role, ...project } = row;
  const rights = rightsFor(principal, project.organisation_id, member_role ?? undefined);
  return rights.size === 0 ? undefined : { project, rights };
}

/** What the hot paths (pull) need: the rights and the change version, without the big columns. */
export interface ProjectRights {
  readonly projectId: string;
  readonly changeVersion: number;
  readonly rights: ReadonlySet<ProjectRight>;
}

/** The rights query runs on every project request (every pull): compiled once. */
const rightsRow = compiledOnce((db, accountId: string, projectId: string) =>
  db
    .selectFrom('projects as p')
    .leftJoin('project_members as m', (join) =>
      join.onRef('m.project_id', '=', 'p.id').on('m.account_id', '=', accountId),
    )
    .select(['p.organisation_id', 'p.change_version', 'm.role as member_role'])
    .where('p.id', '=', projectId),
);

export async function requireProjectRights(
  db: Kysely<Database>,
  principal: Principal,
  projectId: string,
  right: ProjectRight,
): Promise<ProjectRights> {
  const row = (await rightsRow(db, principal.id, projectId)).rows[0];
  const rights = row
    ? rightsFor(principal, row.organisation_id, row.member_role ?? undefined)
    : new Set<ProjectRight>();
  if (!row || rights.size === 0) throw notFound();
  if (!rights.has(right)) throw new ServiceError('forbidden', `you may not ${right} this project`);
  return { projectId, changeVersion: row.change_version, rights };
}

/**
 * The project if the principal has `right` in it. Without any right the project does not exist
 * for them (404); with some rights but not this one they are refused (403).
 */
export async function requireProject(
  db: Kysely<Database>,
  principal: Principal,
  projectId: string,
  right: ProjectRight,
): Promise<ProjectAccess> {
  const access = await projectAccess(db, principal, projectId);
  if (!access) throw notFound();
  if (!access.rights.has(right))
    throw new ServiceError('forbidden', `you may not ${right} this project`);
  return access;
}
