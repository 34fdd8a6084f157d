import type { Principal } from '../core/principal';
import { requireProject } from '../core/access';
import { audit } from '../core/audit';
import { ServiceError } from '../core/errors';
import { withDefaults, type WorkSettings } from '../../../../shared/work/settings';
import { parseJson, type Db, type WorkContext } from './context';

/** The project's work settings over the defaults. */
export async function readSettings(db: Db, projectId: string): Promise<WorkSettings> {
  const row = await db
    .selectFrom('work_settings')
    .select('data')
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return withDefaults(row ? parseJson<Partial<WorkSettings>>(row.data) : undefined);
}

export function settingsService(ctx: WorkContext) {
  return {
    async get(principal: Principal, projectId: string): Promise<WorkSettings> {
      await requireProject(ctx.db, principal, projectId, 'read');
      return readSettings(ctx.db, projectId);
    },

    async put(
      principal: Principal,
      projectId: string,
      settings: WorkSettings,
    ): Promise<WorkSettings> {
      const access = await requireProject(ctx.db, principal, projectId, 'manage');
      const labels = new Set(
        (parseJson<{ labels: { id: string }[] }>(access.project.label_schema).labels ?? []).map(
          (l) => l.id,
        ),
      );
      const unknown = settings.requiredLabels.filter((l) => !labels.has(l));
      if (unknown.length > 0)
        throw new ServiceError('badRequest', `not labels of this project: ${unknown.join(', ')}`);
      const now = ctx.now().toISOString();
      await ctx.db
        .insertInto('work_settings')
        .values({
          project_id: projectId,
          data: JSON.stringify(settings),
          updated_by: principal.id,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.column('project_id').doUpdateSet({
            data: JSON.stringify(settings),
            updated_by: principal.id,
            updated_at: now,
          }),
        )
        .execute();
      await audit(ctx.db, {
        actorId: principal.id,
        action: 'work.settings',
        projectId,
        detail: { ...settings },
      });
      return readSettings(ctx.db, projectId);
    },
  };
}
