import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { DialectName } from '../db/database';
import {
  decideMutation,
  mutationAnnotationId,
  mutationProjectId,
  type DocumentFacts,
  type StoredAnnotation,
} from '../../../shared/sync/apply';
import { decodeCursor, encodeCursor } from '../../../shared/sync/cursor';
import type {
  Mutation,
  MutationOutcome,
  PushRequest,
  PushResponse,
} from '../../../shared/sync/protocol';
import { checkSequence } from '../../../shared/sync/sequence';
import type { LabelSchema } from '../../../shared/model/project';
import { projectAccess, requireProject } from './access';
import { ServiceError } from './errors';
import type { EventHub } from './events';
import type { Principal } from './principal';

export interface SyncHooks {
  /** Runs after a push commits and before the response is sent (fault-injection tests). */
  readonly afterPushCommit?: (applied: number) => void;
}

interface AnnotationRow {
  project_id: string;
  id: string;
  document_id: string;
  creator_id: string;
  data: string;
  deleted: number;
  version: number;
  updated_at: string;
}

/** Server microseconds, the floor of every new version (see ProjectsTable.change_version). */
function nowMicros(): number {
  return Date.now() * 1000;
}

const CHUNK = 100;
function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface PulledRow {
  readonly id: string;
  readonly version: number;
  readonly deleted: boolean;
  /** The annotation's JSON text, exactly as stored (absent when deleted). */
  readonly data?: string;
}

export interface PullPage {
  readonly projectId: string;
  readonly rows: readonly PulledRow[];
  readonly cursor: string;
  readonly hasMore: boolean;
}

export function createSyncService(
  db: Kysely<Database>,
  dialect: DialectName,
  hub: EventHub,
  hooks: SyncHooks = {},
) {
  async function applyProject(
    trx: Transaction<Database>,
    principal: Principal,
    projectId: string,
    mutations: readonly Mutation[],
    outcomes: Map<number, MutationOutcome>,
  ): Promise<boolean> {
    const access = await projectAccess(trx, principal, projectId);
    if (!access || !access.rights.has('annotate')) {
      for (const m of mutations)
        outcomes.set(m.id, { id: m.id, status: 'rejected', reason: 'forbidden' });
      return false;
    }
    // Lock the project row: versions are issued in commit order, so a pull never skips one.
    const locked =
      dialect === 'postgres'
        ? await sql<{ change_version: number; label_schema: string }>`
            select change_version, label_schema from projects where id = ${projectId} for update`
            .execute(trx)
            .then((r) => r.rows[0])
        : await trx
            .selectFrom('projects')
            .select(['change_version', 'label_schema'])
            .where('id', '=', projectId)
            .executeTakeFirst();
    if (!locked) throw new Error('project vanished during push');
    const labels = new Set(
      (JSON.parse(locked.label_schema) as LabelSchema).labels.map((l) => l.id),
    );

    const annotationIds = [...new Set(mutations.map(mutationAnnotationId))];
    const state = new Map<string, StoredAnnotation>();
    for (const ids of chunks(annotationIds)) {
      const rows = await trx
        .selectFrom('annotations')
        .select(['id', 'creator_id', 'document_id', 'deleted'])
        .where('project_id', '=', projectId)
        .where('id', 'in', ids)
        .execute();
      for (const r of rows)
        state.set(r.id, {
          creatorId: r.creator_id,
          documentId: r.document_id,
          deleted: r.deleted === 1,
        });
    }
    const documentIds = [
      ...new Set(
        mutations.flatMap((m) => (m.kind === 'annotation.put' ? [m.annotation.documentId] : [])),
      ),
    ];
    const documents = new Map<string, DocumentFacts>();
    for (const ids of chunks(documentIds)) {
      const rows = await trx
        .selectFrom('documents')
        .select(['id', 'char_count', 'page_count'])
        .where('project_id', '=', projectId)
        .where('id', 'in', ids)
        .execute();
      for (const r of rows)
        documents.set(r.id, { charCount: r.char_count, pageCount: r.page_count ?? undefined });
    }

    const actor = {
      userId: principal.id,
      canWrite: true,
      canEditOthers: access.rights.has('editOthers'),
    };
    let version = Math.max(locked.change_version + 1, nowMicros());
    const now = new Date().toISOString();
    const writes = new Map<string, AnnotationRow>();
    for (const mutation of mutations) {
      const id = mutationAnnotationId(mutation);
      const existing = state.get(id);
      const document =
        mutation.kind === 'annotation.put'
          ? documents.get(mutation.annotation.documentId)
          : undefined;
      const decision = decideMutation(mutation, existing, document, actor, labels);
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

  return {
    async push(principal: Principal, request: PushRequest): Promise<PushResponse> {
      const changed: string[] = [];
      let applied = 0;
      const response = await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('sync_clients')
          .values({
            id: request.clientId,
            account_id: principal.id,
            last_mutation_id: 0,
            updated_at: new Date().toISOString(),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
        const client =
          dialect === 'postgres'
            ? (
                await sql<{ account_id: string; last_mutation_id: number }>`
                select account_id, last_mutation_id from sync_clients where id = ${request.clientId} for update`.execute(
                  trx,
                )
              ).rows[0]
            : await trx
                .selectFrom('sync_clients')
                .select(['account_id', 'last_mutation_id'])
                .where('id', '=', request.clientId)
                .executeTakeFirst();
        if (!client || client.account_id !== principal.id)
          throw new ServiceError('forbidden', 'this client id belongs to another account');
        const last = client.last_mutation_id;
        const ids = request.mutations.map((m) => m.id);
        const check = checkSequence(last, ids);
        if (!check.ok) {
          if (check.error === 'gap')
            throw new ServiceError('conflict', `mutation ${check.expected} is missing`, {
              error: 'mutationGap',
              expectedMutationId: check.expected,
            });
          throw new ServiceError('badRequest', 'mutation ids must be strictly increasing');
        }
        const outcomes = new Map<number, MutationOutcome>();
        const replays = ids.slice(0, check.firstFresh);
        for (const part of chunks(replays)) {
          const rejected = await trx
            .selectFrom('sync_rejections')
            .select(['mutation_id', 'reason'])
            .where('client_id', '=', request.clientId)
            .where('mutation_id', 'in', part)
            .execute();
          for (const r of rejected)
            outcomes.set(r.mutation_id, {
              id: r.mutation_id,
              status: 'rejected',
              reason: r.reason as 'forbidden',
            });
        }
        for (const id of replays)
          if (!outcomes.has(id)) outcomes.set(id, { id, status: 'applied' });

        const fresh = request.mutations.slice(check.firstFresh);
        applied = fresh.length;
        if (fresh.length > 0) {
          const byProject = new Map<string, Mutation[]>();
          for (const m of fresh) {
            const projectId = mutationProjectId(m);
            byProject.set(projectId, [...(byProject.get(projectId) ?? []), m]);
          }
          // A fixed lock order (by project id) keeps concurrent pushes from deadlocking.
          for (const projectId of [...byProject.keys()].sort()) {
            if (await applyProject(trx, principal, projectId, byProject.get(projectId)!, outcomes))
              changed.push(projectId);
          }
          const now = new Date().toISOString();
          const rejections = fresh.flatMap((m) => {
            const outcome = outcomes.get(m.id);
            return outcome?.status === 'rejected'
              ? [
                  {
                    client_id: request.clientId,
                    mutation_id: m.id,
                    project_id: mutationProjectId(m),
                    reason: outcome.reason,
                    created_at: now,
                  },
                ]
              : [];
          });
          for (const part of chunks(rejections))
            await trx.insertInto('sync_rejections').values(part).execute();
          await trx
            .updateTable('sync_clients')
            .set({ last_mutation_id: fresh.at(-1)!.id, updated_at: now })
            .where('id', '=', request.clientId)
            .execute();
        }
        return {
          lastMutationId: fresh.at(-1)?.id ?? last,
          outcomes: ids.map((id) => outcomes.get(id)!),
        };
      });
      hooks.afterPushCommit?.(applied);
      hub.poke(changed);
      return response;
    },

    /**
     * Changes after `cursor`, oldest first. Experts pull their own annotations; reviewers and
     * managers pull everyone's.
     */
    async pull(
      principal: Principal,
      projectId: string,
      cursor: string,
      limit: number,
    ): Promise<PullPage> {
      const access = await requireProject(db, principal, projectId, 'read');
      const after = decodeCursor(cursor);
      if (after === undefined) throw new ServiceError('badRequest', 'unknown cursor');
      let query = db
        .selectFrom('annotations')
        .select(['id', 'version', 'deleted', 'data'])
        .where('project_id', '=', projectId)
        .where('version', '>', after);
      if (!access.rights.has('review') && !access.rights.has('manage'))
        query = query.where('creator_id', '=', principal.id);
      const rows = await query
        .orderBy('version')
        .limit(limit + 1)
        .execute();
      const page = rows.slice(0, limit);
      return {
        projectId,
        rows: page.map((r) => ({
          id: r.id,
          version: r.version,
          deleted: r.deleted === 1,
          ...(r.deleted === 1 ? {} : { data: r.data }),
        })),
        cursor: encodeCursor(page.at(-1)?.version ?? after),
        hasMore: rows.length > limit,
      };
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
