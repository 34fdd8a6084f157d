/**
 * The two halves of a sync cycle: push the outbox in batches until it is empty, then pull each
 * project page by page. Each returns a failure instead of throwing, so the engine decides what a
 * failure means (retry later, ask to sign in again, stop).
 */
import { MAX_MUTATIONS_PER_PUSH, MAX_PULL_LIMIT } from '../../../shared/sync/protocol';
import type { Mutation, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import type { Echoes } from '../../../shared/sync/echo';
import type { GlossatorDb } from '../db/schema';
import { applyPullPage } from './applyPull';
import { cursorOf, readBatch, settlePush, type LocalChange } from './localState';
import { fillerFor, isWellFormed } from './mutations';
import type { PlatformCaller, PlatformFailureResult } from './platformCall';

export interface StepContext {
  readonly db: GlossatorDb;
  readonly call: PlatformCaller;
  readonly clientId: string;
  readonly pushBatch?: number;
  readonly pullLimit?: number;
  /** Highest mutation id sent in a push not yet answered (see shared/sync/pending.ts mayPull). */
  sentUpTo: number;
  /** What this cycle's pushes left in the local view, so the pull can skip their echo. */
  readonly echoes: Echoes;
  readonly onLocalChange: (change: LocalChange) => void;
  readonly stopped: () => boolean;
}

export type StepResult =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly failure: PlatformFailureResult };

/** Marks the mutations the push schema refuses as rejected `invalid` in the server's answer. */
function asInvalid(response: PushResponse, invalid: ReadonlySet<number>): PushResponse {
  return {
    ...response,
    outcomes: response.outcomes.map((o) =>
      invalid.has(o.id) ? { id: o.id, status: 'rejected', reason: 'invalid' } : o,
    ),
  };
}

/** Fillers for ids the server expects but the outbox no longer has (so it can move on). */
function gapFillers(expected: number, first: Mutation): Mutation[] {
  const fillers: Mutation[] = [];
  const end = Math.min(first.id, expected + MAX_MUTATIONS_PER_PUSH);
  for (let id = expected; id < end; id++) fillers.push(fillerFor({ ...first, id }));
  return fillers;
}

type Sent =
  | { readonly ok: true; readonly response: PushResponse }
  /** The platform asked for older ids again; stand-ins went out instead of the batch. */
  | { readonly ok: true; readonly repaired: true }
  | { readonly ok: false; readonly failure: PlatformFailureResult };

async function sendBatch(ctx: StepContext, batch: Mutation[]): Promise<Sent> {
  const send = (mutations: readonly Mutation[]) =>
    ctx.call('sync.push', {}, { clientId: ctx.clientId, mutations });
  let invalid = new Set<number>();
  let result = await send(batch);
  if (!result.ok && result.failure === 'rejected' && result.code === 'badRequest') {
    // Main refused the push against the schema: send stand-ins for the mutations that break it
    // (their ids must still reach the server) and list those mutations as rejected.
    invalid = new Set(batch.filter((m) => !isWellFormed(m)).map((m) => m.id));
    if (invalid.size === 0) return { ok: false, failure: result };
    result = await send(batch.map((m) => (invalid.has(m.id) ? fillerFor(m) : m)));
  }
  if (!result.ok && result.code === 'mutationGap' && result.expectedMutationId !== undefined) {
    const expected = result.expectedMutationId;
    if (expected < batch[0]!.id) {
      // Only a server restored from an older backup can ask for ids this client has already
      // settled and dropped. They cannot be sent again; stand-ins let the newer ones through.
      console.warn(`sync: the platform asks for mutations ${expected}…${batch[0]!.id - 1} again`);
      const repaired = await send(gapFillers(expected, batch[0]!));
      if (!repaired.ok) return { ok: false, failure: repaired };
      return { ok: true, repaired: true };
    }
  }
  if (!result.ok) return { ok: false, failure: result };
  const response = result.data as PushResponse;
  return { ok: true, response: invalid.size > 0 ? asInvalid(response, invalid) : response };
}

/** Whether an answer settles every mutation of the batch (so the next batch follows it). */
function settlesAll(batch: readonly Mutation[], response: PushResponse): boolean {
  const named = new Set(response.outcomes.map((o) => o.id));
  return response.lastMutationId >= batch.at(-1)!.id && batch.every((m) => named.has(m.id));
}

/**
 * Pushes the outbox, oldest first, until it is empty. While one answer is being settled (its own
 * transaction, in order), the next batch — the rows after it — is already on its way: the server
 * has applied everything before it, and a settle that never happens (a crash) only leaves rows
 * that the next push sends again and the server reports as replays. An answer that does not
 * settle its whole batch stops the overlap: the next batch is read from the oldest row again.
 */
export async function pushAll(ctx: StepContext): Promise<StepResult> {
  const max = ctx.pushBatch ?? MAX_MUTATIONS_PER_PUSH;
  let count = 0;
  let settling: Promise<void> = Promise.resolve();
  let settleError: { readonly error: unknown } | undefined;
  const settled = async (): Promise<void> => {
    await settling;
    if (settleError) throw settleError.error;
  };
  let next: Promise<Mutation[]> | undefined;
  try {
    while (!ctx.stopped()) {
      const batch = await (next ?? readBatch(ctx.db, max));
      next = undefined;
      if (settleError) break;
      if (batch.length === 0) break;
      ctx.sentUpTo = Math.max(ctx.sentUpTo, batch.at(-1)!.id);
      const sent = await sendBatch(ctx, batch);
      if (!sent.ok) {
        await settled();
        return sent;
      }
      if (!('response' in sent)) {
        await settled();
        continue;
      }
      const { response } = sent;
      if (settlesAll(batch, response)) next = readBatch(ctx.db, max, batch.at(-1)!.id);
      // The settle's write transaction opens after that read, which would otherwise wait for it.
      const read = next?.catch(() => undefined);
      settling = Promise.all([settling, read]).then(async () => {
        if (settleError) return;
        try {
          ctx.onLocalChange(await settlePush(ctx.db, batch, response, ctx.echoes));
        } catch (error) {
          settleError = { error };
        }
      });
      if (!next) await settled();
      count += batch.length;
    }
    await settled();
  } finally {
    // A read started for a batch that will not be sent must not surface as unhandled, and no
    // settle outlives the push (it never rejects: its error is kept in settleError).
    void next?.catch(() => undefined);
    await settling;
  }
  return { ok: true, count };
}

export type PullResult = StepResult | { readonly ok: true; readonly count: number; gone: true };

/**
 * Pulls one project from its cursor until the platform has nothing more. The next page is asked
 * for while the current one is written, so the network and IndexedDB work side by side.
 */
export async function pullProject(ctx: StepContext, projectId: string): Promise<PullResult> {
  const limit = ctx.pullLimit ?? MAX_PULL_LIMIT;
  const ask = (cursor: string) => ctx.call('sync.pull', { projectId, cursor, limit });
  let cursor = await cursorOf(ctx.db, projectId);
  let pending = ask(cursor);
  let count = 0;
  while (!ctx.stopped()) {
    const result = await pending;
    if (!result.ok) {
      // The project is gone for us (membership ended): nothing to pull any more.
      if (result.status === 404) return { ok: true, count, gone: true };
      return { ok: false, failure: result };
    }
    const page = result.data as PullResponse;
    const next = page.hasMore ? ask(page.cursor) : undefined;
    const applied = await applyPullPage(ctx.db, cursor, page, ctx.sentUpTo, ctx.echoes);
    if (applied === false) {
      // Someone else moved the cursor, or a push went out meanwhile: the next cycle pulls again.
      void next?.catch(() => undefined);
      break;
    }
    count += page.changes.length;
    ctx.onLocalChange(applied);
    cursor = page.cursor;
    if (!next) break;
    pending = next;
  }
  return { ok: true, count };
}
