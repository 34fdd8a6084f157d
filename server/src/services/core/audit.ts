import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/schema';

export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: string;
  readonly projectId?: string | null;
  readonly subjectId?: string | null;
  readonly detail?: Record<string, unknown>;
}

/** Appends to the audit log (who did what to which project, and when, by server time). */
export async function audit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: uuidv7(),
      at: new Date().toISOString(),
      actor_id: entry.actorId,
      action: entry.action,
      project_id: entry.projectId ?? null,
      subject_id: entry.subjectId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
