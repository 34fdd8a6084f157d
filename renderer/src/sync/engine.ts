/**
 * The renderer's sync engine (docs/ARCHITECTURE.md, "The sync protocol"): it owns the outbox and the state machine; main
 * owns the token, HTTP and SSE. A cycle pushes the whole outbox and then pulls, so no pull runs
 * while a push is in doubt. One engine runs per installation at a time (see leader.ts).
 */
import { backoffDelay } from '../../../shared/sync/backoff';
import type { GlossatorDb } from '../db/schema';
import { clientIdOf, outboxBounds, type LocalChange } from './localState';
import type { PlatformCaller, PlatformFailureResult } from './platformCall';
import { pullProject, pushAll, type StepContext } from './steps';

export type SyncPhase =
  /** Not signed in: work stays on this computer until the user signs in. */
  | 'local'
  | 'idle'
  | 'syncing'
  /** The platform cannot be reached; retried with backoff and on reconnect. */
  | 'offline'
  /** The platform refused something unexpectedly; retried with backoff, or now with Retry. */
  | 'error'
  /** The session ended: the user must sign in again. */
  | 'expired'
  /** The platform needs a newer app. */
  | 'upgrade';

export interface SyncStatus {
  readonly phase: SyncPhase;
  readonly message?: string;
  /** When the next automatic retry happens (epoch ms). */
  readonly retryAt?: number;
  readonly lastSyncedAt?: string;
  /** The last cycle's work, for the status bar and the benchmark. */
  readonly pushed?: number;
  readonly pushMs?: number;
  readonly pulled?: number;
  readonly pullMs?: number;
}

export interface SyncEngineDeps {
  readonly db: GlossatorDb;
  readonly call: PlatformCaller;
  readonly onStatus: (status: SyncStatus) => void;
  readonly onLocalChange?: (change: LocalChange) => void;
  /** The platform projects to pull (refreshed from the platform on a full sync). */
  readonly projects: (refresh: boolean) => Promise<readonly string[]>;
  /** Forgets a project the platform no longer shows us. */
  readonly forgetProject?: (projectId: string) => Promise<void>;
  /** After a full sync: download what offline work needs (documents, tasks). */
  readonly afterFullSync?: () => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
  readonly pushBatch?: number;
  readonly pullLimit?: number;
  readonly retryBaseMs?: number;
  readonly retryCapMs?: number;
}

export interface SyncEngine {
  /** Starts syncing (signed in). */
  start(): void;
  /** Stops after the current step (signed out, session expired, leadership lost). */
  stop(phase?: SyncPhase): void;
  /** Push, then pull one project (a poke) or every project. */
  request(projectId?: string): void;
  /** A full sync now, resetting the backoff (the Retry button, reconnecting). */
  retryNow(): void;
  status(): SyncStatus;
  /** Resolves when no cycle is running or queued (tests and the benchmark). */
  idle(): Promise<void>;
}

interface Job {
  full: boolean;
  projects: Set<string>;
}

const BLOCKING: Readonly<Partial<Record<PlatformFailureResult['failure'], SyncPhase>>> = {
  signedOut: 'local',
  sessionExpired: 'expired',
  upgradeRequired: 'upgrade',
};

export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const now = deps.now ?? Date.now;
  let status: SyncStatus = { phase: 'local' };
  let started = false;
  let generation = 0;
  let job: Job | undefined;
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let sentUpTo: number | undefined;

  function setStatus(next: SyncStatus): void {
    status = next;
    deps.onStatus(next);
  }

  function merge(a: Job | undefined, b: Job | undefined): Job | undefined {
    if (!a) return b;
    if (!b) return a;
    return { full: a.full || b.full, projects: new Set([...a.projects, ...b.projects]) };
  }

  function schedule(next: Job): void {
    job = merge(job, next);
    if (!started || running || timer) return;
    running = run(generation)
      .catch((error: unknown) => {
        console.error('sync: cycle failed', error);
        retryLater(
          { full: true, projects: new Set() },
          { ok: false, failure: 'rejected', code: 'internal', message: String(error) },
        );
      })
      .finally(() => {
        running = undefined;
        // Work queued while the last cycle was finishing starts now.
        if (job && started && !timer) schedule({ full: false, projects: new Set() });
      });
  }

  function retryLater(failed: Job, failure: PlatformFailureResult): void {
    job = merge(failed, job);
    const blocked = BLOCKING[failure.failure];
    if (blocked) {
      started = false;
      setStatus({ ...status, phase: blocked, retryAt: undefined });
      return;
    }
    const delay = backoffDelay(attempt++, {
      baseMs: deps.retryBaseMs ?? 1_000,
      capMs: deps.retryCapMs ?? 30_000,
      ...(deps.random ? { random: deps.random } : {}),
    });
    setStatus({
      ...status,
      phase: failure.failure === 'offline' ? 'offline' : 'error',
      message: failure.message ?? failure.code,
      retryAt: now() + delay,
    });
    timer = setTimeout(() => {
      timer = undefined;
      schedule({ full: false, projects: new Set() });
    }, delay);
  }

  async function run(mine: number): Promise<void> {
    const stopped = () => mine !== generation;
    while (job && !stopped()) {
      const current = job;
      job = undefined;
      const fail = (failure: PlatformFailureResult): void => {
        if (!stopped()) retryLater(current, failure);
      };
      setStatus({ ...status, phase: 'syncing', message: undefined, retryAt: undefined });
      const clientId = await clientIdOf(deps.db);
      // After a start every outbox row may have been sent by an earlier run: all are in doubt.
      sentUpTo ??= (await outboxBounds(deps.db)).newest ?? 0;
      const ctx: StepContext = {
        db: deps.db,
        call: deps.call,
        clientId,
        sentUpTo,
        echoes: new Map(),
        onLocalChange: (change) => deps.onLocalChange?.(change),
        stopped,
        ...(deps.pushBatch ? { pushBatch: deps.pushBatch } : {}),
        ...(deps.pullLimit ? { pullLimit: deps.pullLimit } : {}),
      };
      const pushStart = now();
      const pushed = await pushAll(ctx);
      sentUpTo = ctx.sentUpTo;
      if (!pushed.ok) return fail(pushed.failure);
      const pullStart = now();
      let pulled = 0;
      const projects = current.full ? await deps.projects(true) : [...current.projects];
      for (const projectId of projects) {
        const result = await pullProject(ctx, projectId);
        if (!result.ok) return fail(result.failure);
        if ('gone' in result) await deps.forgetProject?.(projectId);
        pulled += result.count;
      }
      const pullMs = now() - pullStart;
      if (current.full && deps.afterFullSync) {
        try {
          await deps.afterFullSync();
        } catch (error) {
          console.warn('sync: offline downloads did not complete', error);
        }
      }
      attempt = 0;
      if (stopped()) return;
      setStatus({
        phase: job ? 'syncing' : 'idle',
        lastSyncedAt: new Date(now()).toISOString(),
        pushed: pushed.count,
        pushMs: pullStart - pushStart,
        pulled,
        pullMs,
      });
    }
  }

  function clearTimer(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
  }

  return {
    start() {
      if (started) return;
      started = true;
      generation++;
      sentUpTo = undefined;
      attempt = 0;
      setStatus({ phase: 'idle' });
      schedule({ full: true, projects: new Set() });
    },
    stop(phase = 'local') {
      started = false;
      generation++;
      clearTimer();
      job = undefined;
      setStatus({ phase });
    },
    request(projectId) {
      schedule({ full: false, projects: new Set(projectId ? [projectId] : []) });
    },
    retryNow() {
      clearTimer();
      attempt = 0;
      if (!started) {
        this.start();
        return;
      }
      schedule({ full: true, projects: new Set() });
    },
    status: () => status,
    async idle() {
      while (running) await running;
    },
  };
}
