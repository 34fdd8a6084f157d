import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/schema';
import type { Project, ProjectDefinition, ProjectPatch } from '../../../../shared/model/project';
import { requireProject, type ProjectRow } from '../core/access';
import { audit } from '../core/audit';
import { workableProjectIds } from '../vetting/eligibility';
import { ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import { rubricProblems } from '../../../../shared/compare/rubric';
import type { EventHub } from '../core/events';

export function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    domain: row.domain as Project['domain'],
    description: row.description,
    instructions: row.instructions,
    labelSchema: JSON.parse(row.label_schema) as Project['labelSchema'],
    taskType: row.task_type as Project['taskType'],
    pay: {
      kind: row.pay_kind as Project['pay']['kind'],
      rateMinor: row.pay_rate_minor,
      currency: row.pay_currency,
    },
    requiredCredentials: JSON.parse(row.required_credentials) as string[],
    languages: JSON.parse(row.languages) as string[],
    status: row.status as Project['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columnsOf(definition: ProjectPatch) {
  return {
    ...(definition.name !== undefined ? { name: definition.name } : {}),
    ...(definition.domain !== undefined ? { domain: definition.domain } : {}),
    ...(definition.description !== undefined ? { description: definition.description } : {}),
    ...(definition.instructions !== undefined ? { instructions: definition.instructions } : {}),
    ...(definition.labelSchema !== undefined
      ? { label_schema: JSON.stringify(definition.labelSchema) }
      : {}),
    ...(definition.taskType !== undefined ? { task_type: definition.taskType } : {}),
    ...(definition.pay !== undefined
      ? {
          pay_kind: definition.pay.kind,
          pay_rate_minor: definition.pay.rateMinor,
          pay_currency: definition.pay.currency,
        }
      : {}),
    ...(definition.requiredCredentials !== undefined
      ? { required_credentials: JSON.stringify(definition.requiredCredentials) }
      : {}),
    ...(definition.languages !== undefined
      ? { languages: JSON.stringify(definition.languages) }
      : {}),
    ...(definition.status !== undefined ? { status: definition.status } : {}),
  };
}

function assertUniqueLabels(definition: ProjectPatch): void {
  const ids = definition.labelSchema?.labels.map((l) => l.id) ?? [];
  if (new Set(ids).size !== ids.length)
    throw new ServiceError('badRequest', 'label ids must be unique');
  const schema = definition.labelSchema;
  const problems = schema ? rubricProblems(schema.rubric ?? [], schema.errorTypes ?? []) : [];
  if (problems.length > 0)
    throw new ServiceError('badRequest', problems.map((p) => p.message).join('; '));
}

export interface ProjectProgress {
  readonly documents: number;
  readonly tasks: number;
  readonly annotations: number;
  readonly assignments: Record<string, number>;
}

export function createProjectService(
  db: Kysely<Database>,
  events?: Pick<EventHub, 'membershipChanged'>,
) {
  return {
    async create(
      principal: Principal,
      definition: ProjectDefinition,
      id?: string,
    ): Promise<Project> {
      if (
        (principal.role !== 'requester' && principal.role !== 'admin') ||
        !principal.organisationId
      )
        throw new ServiceError('forbidden', 'only requesters and admins create projects');
      assertUniqueLabels(definition);
      const now = new Date().toISOString();
      const projectId = id ?? uuidv7();
      const row: ProjectRow = {
        id: projectId,
        organisation_id: principal.organisationId,
        name: definition.name,
        domain: definition.domain,
        description: definition.description,
        instructions: definition.instructions,
        label_schema: JSON.stringify(definition.labelSchema),
        task_type: definition.taskType,
        pay_kind: definition.pay.kind,
        pay_rate_minor: definition.pay.rateMinor,
        pay_currency: definition.pay.currency,
        required_credentials: JSON.stringify(definition.requiredCredentials),
        languages: JSON.stringify(definition.languages),
        status: definition.status ?? 'draft',
        created_by: principal.id,
        created_at: now,
        updated_at: now,
        change_version: 0,
      };
      const insert = async (candidate: ProjectRow) =>
        Number(
          (
            await db
              .insertInto('projects')
              .values(candidate)
              .onConflict((oc) => oc.column('id').doNothing())
              .executeTakeFirst()
          ).numInsertedOrUpdatedRows ?? 0,
        ) > 0;
      let created = row;
      if (!(await insert(row))) {
        const taken = await db
          .selectFrom('projects')
          .select('organisation_id')
          .where('id', '=', projectId)
          .executeTakeFirst();
        // Your own organisation's project: you can see it anyway (a retried create lands here).
        if (taken?.organisation_id === principal.organisationId)
          throw new ServiceError('conflict', 'a project with that id exists');
        // Another organisation's: answered as an unknown id is (created, under an id of ours),
        // so the answer says nothing about what exists elsewhere.
        created = { ...row, id: uuidv7() };
        if (!(await insert(created))) throw new ServiceError('conflict', 'try again');
      }
      await audit(db, {
        actorId: principal.id,
        action: 'project.create',
        projectId: created.id,
        ...(created.id !== projectId ? { detail: { requestedIdUnavailable: true } } : {}),
      });
      return toProject(created);
    },

    /**
     * Staff see their organisation's projects; others the projects they are members of. An expert
     * never sees a draft, nor a project whose requirements they no longer meet (its work is held
     * back until they do; see eligibility.ts).
     */
    async list(principal: Principal): Promise<Project[]> {
      const rows = await db
        .selectFrom('projects')
        .selectAll()
        .where((eb) =>
          eb.or([
            ...(principal.organisationId && principal.role !== 'expert'
              ? [eb('organisation_id', '=', principal.organisationId)]
              : []),
            eb(
              'id',
              'in',
              eb
                .selectFrom('project_members')
                .select('project_id')
                .where('account_id', '=', principal.id),
            ),
          ]),
        )
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      if (principal.role !== 'expert') return rows.map(toProject);
      const workable = await workableProjectIds(
        db,
        principal.id,
        rows.map((r) => r.id),
      );
      return rows.filter((r) => workable.has(r.id)).map(toProject);
    },

    async get(principal: Principal, projectId: string): Promise<Project> {
      return toProject((await requireProject(db, principal, projectId, 'read')).project);
    },

    async update(principal: Principal, projectId: string, patch: ProjectPatch): Promise<Project> {
      await requireProject(db, principal, projectId, 'manage');
      assertUniqueLabels(patch);
      await db
        .updateTable('projects')
        .set({ ...columnsOf(patch), updated_at: new Date().toISOString() })
        .where('id', '=', projectId)
        .execute();
      await audit(db, {
        actorId: principal.id,
        action: 'project.update',
        projectId,
        detail: { fields: Object.keys(patch) },
      });
      return this.get(principal, projectId);
    },

    async listMembers(principal: Principal, projectId: string) {
      await requireProject(db, principal, projectId, 'manage');
      const rows = await db
        .selectFrom('project_members')
        .innerJoin('accounts', 'accounts.id', 'project_members.account_id')
        .select([
          'project_members.account_id as accountId',
          'project_members.role as role',
          'accounts.display_name as displayName',
          'project_members.added_at as addedAt',
        ])
        .where('project_members.project_id', '=', projectId)
        .orderBy('project_members.added_at')
        .execute();
      return rows;
    },

    async addMember(
      principal: Principal,
      projectId: string,
      accountId: string,
      role: 'expert' | 'reviewer',
    ): Promise<void> {
      const { project } = await requireProject(db, principal, projectId, 'manage');
      const account = await db
        .selectFrom('accounts')
        .select(['role', 'status', 'organisation_id'])
        .where('id', '=', accountId)
        .executeTakeFirst();
      // Experts belong to no organisation; a reviewer only to their own. Another
      // organisation's reviewer is answered as an unknown id is: nothing crosses organisations.
      const otherOrganisation =
        !!account?.organisation_id && account.organisation_id !== project.organisation_id;
      if (!account || account.status !== 'active' || account.role !== role || otherOrganisation)
        throw new ServiceError('badRequest', `no active ${role} account with that id`);
      // Membership is what an expert takes on by accepting work (and what an organisation then
      // owes them for); nobody else can make an expert a member.
      if (role === 'expert')
        throw new ServiceError(
          'conflict',
          'an expert joins a project by accepting an offer: offer them a task instead',
          { error: 'expertsJoinByAccepting' },
        );
      await db
        .insertInto('project_members')
        .values({
          project_id: projectId,
          account_id: accountId,
          role,
          added_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.columns(['project_id', 'account_id']).doUpdateSet({ role }))
        .execute();
      events?.membershipChanged(accountId);
      await audit(db, {
        actorId: principal.id,
        action: 'member.add',
        projectId,
        subjectId: accountId,
      });
    },

    async removeMember(principal: Principal, projectId: string, accountId: string): Promise<void> {
      await requireProject(db, principal, projectId, 'manage');
      await db
        .deleteFrom('project_members')
        .where('project_id', '=', projectId)
        .where('account_id', '=', accountId)
        .execute();
      events?.membershipChanged(accountId);
      await audit(db, {
        actorId: principal.id,
        action: 'member.remove',
        projectId,
        subjectId: accountId,
      });
    },

    async progress(principal: Principal, projectId: string): Promise<ProjectProgress> {
      const access = await requireProject(db, principal, projectId, 'read');
      if (!access.rights.has('manage') && !access.rights.has('review'))
        throw new ServiceError('forbidden', 'you may not see this project’s progress');
      const count = async (table: 'documents' | 'tasks') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('project_id', '=', projectId)
              .executeTakeFirstOrThrow()
          ).n,
        );
      const annotations = await db
        .selectFrom('annotations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('project_id', '=', projectId)
        .where('deleted', '=', 0)
        .executeTakeFirstOrThrow();
      const byStatus = await db
        .selectFrom('assignments')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('project_id', '=', projectId)
        .groupBy('status')
        .execute();
      return {
        documents: await count('documents'),
        tasks: await count('tasks'),
        annotations: Number(annotations.n),
        assignments: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
      };
    },
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;
