import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { DialectName } from '../../db/database';
import {
  createGroupCommitter,
  perUnitTransactions,
  type WriteTransaction,
} from '../../db/groupCommit';
import { mutationProjectId } from '../../../../shared/sync/apply';
import { decodeCursor } from '../../../../shared/sync/cursor';
import type {
  Mutation,
  MutationOutcome,
  PushRequest,
  PushResponse,
  RejectReason,
} from '../../../../shared/sync/protocol';
import { checkSequence } from '../../../../shared/sync/sequence';
import { requireProjectRights, type ProjectRights } from '../core/access';
import { applyProjectMutations, chunks } from './syncApply';
import { createSyncDocuments } from './syncDocuments';
import { createPullPageCache } from './pullPages';
import { readPullBody } from './pullQuery';
import { ServiceError } from '../core/errors';
import type { EventHub } from '../core/events';
import type { Principal } from '../core/principal';

export interface SyncHooks {
  /** Runs after a push commits and before the response is sent (fault-injection tests). */
  readonly afterPushCommit?: (applied: number) => void;
}

export function createSyncService(
  db: Kysely<Database>,
  dialect: DialectName,
  hub: EventHub,
  hooks: SyncHooks = {},
) {
  const pages = createPullPageCache();
  const syncDocuments = createSyncDocuments();

  /** Experts see only their own annotations; reviewers and managers see everyone's. */
  function creatorFilter(access: ProjectRights, principal: Principal): string | null {
    return access.rights.has('review') || access.rights.has('manage') ? null : principal.id;
  }

  const writeTransaction: WriteTransaction =
    dialect === 'sqlite' ? createGroupCommitter(db) : perUnitTransactions(db);
  return {
    async push(principal: Principal, request: PushRequest): Promise<PushResponse> {
      const changed: string[] = [];
      let applied = 0;
      const response = await writeTransaction(async (trx) => {
        // Creates the client on first use and, on PostgreSQL, locks its row (a no-op update) so
        // two pushes from one client apply one after the other.
        const client = await trx
          .insertInto('sync_clients')
          .values({
            id: request.clientId,
            account_id: principal.id,
            last_mutation_id: 0,
            updated_at: new Date().toISOString(),
          })
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({ id: eb.ref('sync_clients.id') })),
          )
          .returning(['account_id', 'last_mutation_id'])
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
              reason: r.reason as RejectReason,
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
            if (
              await applyProjectMutations(
                trx,
                dialect,
                principal,
                projectId,
                byProject.get(projectId)!,
                outcomes,
                syncDocuments,
              )
            )
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
     * The pull response body, encoded: changes after `cursor`, oldest first (served from the page
     * cache when the project is unchanged). Experts pull their own annotations; reviewers and
     * managers pull everyone's.
     */
    async pullBody(
      principal: Principal,
      projectId: string,
      cursor: string,
      limit: number,
    ): Promise<Buffer> {
      const access = await requireProjectRights(db, principal, projectId, 'read');
      const after = decodeCursor(cursor);
      if (after === undefined) throw new ServiceError('badRequest', 'unknown cursor');
      const creatorId = creatorFilter(access, principal);
      const key = pages.key(projectId, access.changeVersion, after, limit, creatorId);
      const cached = pages.get(key);
      if (cached) return cached;
      const body = await readPullBody(db, dialect, { projectId, after, limit, creatorId });
      pages.set(key, body);
      return body;
    },
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
