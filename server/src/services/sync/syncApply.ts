import { sql, type Transaction } from 'kysely';
import type { DialectName } from '../../db/database';
import type { Database } from '../../db/schema';
import {
  decideMutation,
  mutationAnnotationId,
  writesAnnotation,
  type StoredAnnotation,
} from '../../../../shared/sync/apply';
import type { Mutation, MutationOutcome } from '../../../../shared/sync/protocol';
import type { LabelSchema } from '../../../../shared/model/project';
import { judgeRights, type RightsRow } from '../core/access';
import type { Principal } from '../core/principal';
import type { SyncDocuments } from './syncDocuments';

interface AnnotationRow {
  project_id: string;
  id: string;
  document_id: string;
  creator_id: string;
  data: string;
  deleted: number;
  deleted_by: string | null;
  version: number;
  updated_at: string;
}

/** Server microseconds, the floor of every new version (see ProjectsTable.change_version). */
function nowMicros(): number {
  return Date.now() * 1000;
}

const CHUNK = 100;
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What the push reads of the project's annotations: those it changes and those it relates to. */
async function readAnnotations(
  trx: Transaction<Database>,
  projectId: string,
  mutations: readonly Mutation[],
): Promise<Map<string, StoredAnnotation>> {
  const ids = new Set(mutations.map(mutationAnnotationId));
  for (const m of mutations)
    if (writesAnnotation(m)) for (const r of m.annotation.body.relations ?? []) ids.add(r.targetId);
  const state = new Map<string, StoredAnnotation>();
  for (const part of chunks([...ids])) {
    const rows = await trx
      .selectFrom('annotations')
      .select(['id', 'creator_id', 'document_id', 'deleted', 'deleted_by'])
      .where('project_id', '=', projectId)
      .where('id', 'in', part)
      .execute();
    for (const r of rows)
      state.set(r.id, {
        creatorId: r.creator_id,
        documentId: r.document_id,
        deleted: r.deleted === 1,
        ...(r.deleted_by !== null ? { deletedBy: r.deleted_by } : {}),
      });
  }
  return state;
}

/**
 * Applies one push's mutations for one project inside the push transaction, recording each
 * outcome. Returns whether anything changed (so listeners get a poke).
 */
export async function applyProjectMutations(
  trx: Transaction<Database>,
  dialect: DialectName,
  principal: Principal,
  projectId: string,
  mutations: readonly Mutation[],
  outcomes: Map<number, MutationOutcome>,
  syncDocuments: SyncDocuments,
): Promise<boolean> {
  // Documents never change once uploaded, so they are read before the project lock is taken
  // (the lock is held only for what must be serialized).
  const documentIds = [
    ...new Set(mutations.flatMap((m) => (writesAnnotation(m) ? [m.annotation.documentId] : []))),
  ];
  const documents = await syncDocuments.read(trx, projectId, documentIds);

  // One round trip: the project's row (locked on PostgreSQL, so versions are issued in commit
  // order and a pull never skips one) and the caller's membership, from which the rights follow.
  const lock = dialect === 'postgres' ? sql` for update of p` : sql``;
  const locked = (
    await sql<RightsRow & { change_version: number; label_schema: string }>`select p.id,
         p.organisation_id, p.status, p.domain, p.languages, p.change_version, p.label_schema,
         m.role as member_role
         from projects p
         left join project_members m on m.project_id = p.id and m.account_id = ${principal.id}
        where p.id = ${projectId}${lock}`.execute(trx)
  ).rows[0];
  // Eligibility is judged inside the push transaction: an expert who stopped qualifying pushes nothing.
  const rights = locked ? (await judgeRights(trx, principal, locked)).rights : new Set<string>();
  if (!locked || !rights.has('annotate')) {
    for (const m of mutations)
      outcomes.set(m.id, { id: m.id, status: 'rejected', reason: 'forbidden' });
    return false;
  }
  const labels = new Set((JSON.parse(locked.label_schema) as LabelSchema).labels.map((l) => l.id));

  const state = await readAnnotations(trx, projectId, mutations);
  const actor = {
    userId: principal.id,
    canWrite: true,
    canEditOthers: rights.has('editOthers'),
    canSeeOthers: rights.has('review') || rights.has('manage'),
  };
  const annotationOf = (id: string) => state.get(id);
  const pushedIds = new Set(
    mutations.flatMap((m) => (writesAnnotation(m) ? [m.annotation.id] : [])),
  );
  let version = Math.max(locked.change_version + 1, nowMicros());
  const now = new Date().toISOString();
  const writes = new Map<string, AnnotationRow>();
  for (const mutation of mutations) {
    const id = mutationAnnotationId(mutation);
    const existing = state.get(id);
    const document = writesAnnotation(mutation)
      ? documents.get(mutation.annotation.documentId)
      : undefined;
    const decision = decideMutation(mutation, existing, {
      document,
      actor,
      allowedLabels: labels,
      annotationOf,
      pushedIds,
    });
    if (decision.outcome === 'reject') {
      outcomes.set(mutation.id, { id: mutation.id, status: 'rejected', reason: decision.reason });
      continue;
    }
    outcomes.set(mutation.id, { id: mutation.id, status: 'applied' });
    if (decision.outcome === 'skip') continue;
    state.set(id, decision.next);
    const previous = writes.get(id);
    writes.set(id, {
      project_id: projectId,
      id,
      document_id: decision.next.documentId,
      creator_id: decision.next.creatorId,
      // A deletion keeps the last content (for audit); pulls omit it.
      data: decision.annotation ? JSON.stringify(decision.annotation) : (previous?.data ?? '{}'),
      deleted: decision.next.deleted ? 1 : 0,
      deleted_by: decision.next.deletedBy ?? null,
      version: version++,
      updated_at: now,
    });
  }
  if (writes.size === 0) return false;
  for (const rows of chunks([...writes.values()])) {
    await trx
      .insertInto('annotations')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['project_id', 'id']).doUpdateSet((eb) => ({
          creator_id: eb.ref('excluded.creator_id'),
          // A delete of a row not written in this batch keeps its stored content.
          data: sql<string>`case when excluded.data = '{}' then annotations.data else excluded.data end`,
          deleted: eb.ref('excluded.deleted'),
          deleted_by: eb.ref('excluded.deleted_by'),
          version: eb.ref('excluded.version'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
  await trx
    .updateTable('projects')
    .set({ change_version: version - 1 })
    .where('id', '=', projectId)
    .execute();
  return true;
}
