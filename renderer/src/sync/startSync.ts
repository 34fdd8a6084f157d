/**
 * Wires the sync engine into the app: every window shows the counts and the leader's status; the
 * leader window runs the engine and feeds it the triggers (sign-in, local edits, pokes, coming back
 * online, a periodic safety sync).
 */
import { liveQuery } from 'dexie';
import type { AuthStatus } from '../../../shared/ipc/contract';
import { api } from '../api';
import { db } from '../db/schema';
import { useAnnotationStore } from '../stores/useAnnotationStore';
import { useAuthStore } from '../stores/useAuthStore';
import { useSyncStore } from '../stores/useSyncStore';
import { createSyncEngine, type SyncEngine, type SyncStatus } from './engine';
import { whileLeader } from './leader';
import type { LocalChange } from './localState';
import { downloadDocuments, refreshProjects, refreshTasks } from './offline';
import { callPlatform } from './platformCall';

const LOCK = 'glossator-sync';
const PUSH_DEBOUNCE_MS = 200;
const SAFETY_SYNC_MS = 5 * 60_000;

type Message =
  | { readonly type: 'status'; readonly status: SyncStatus }
  | { readonly type: 'retry' }
  | { readonly type: 'hello' };

function onLocalChange(change: LocalChange): void {
  const open = useAnnotationStore.getState().documentId;
  if (open && change.documentIds.has(open)) void useAnnotationStore.getState().reload();
}

/** Runs the engine while this window leads; returns the cleanup. */
function lead(channel: BroadcastChannel | undefined, engineRef: { current?: SyncEngine }) {
  const database = db();
  const store = useSyncStore.getState();
  const engine = createSyncEngine({
    db: database,
    call: callPlatform,
    onStatus: (status) => {
      store.receive(status);
      channel?.postMessage({ type: 'status', status } satisfies Message);
      // A new web host (or a lost session) answers `signedOut`: ask main who we are now.
      if (status.phase === 'local' || status.phase === 'expired')
        void useAuthStore
          .getState()
          .load()
          .catch(() => undefined);
    },
    onLocalChange,
    projects: async (refresh) =>
      refresh
        ? refreshProjects(database, callPlatform)
        : (await database.projects.toCollection().primaryKeys()).map(String),
    forgetProject: (projectId) => database.projects.delete(projectId as never),
    afterFullSync: async () => {
      await refreshTasks(database, callPlatform);
      await downloadDocuments(database, callPlatform);
    },
  });
  engineRef.current = engine;

  const follow = (status: AuthStatus | undefined): void => {
    if (status?.state === 'signedIn') engine.start();
    else if (status?.state === 'expired') engine.stop('expired');
    else if (status) engine.stop('local');
  };
  follow(useAuthStore.getState().status);
  const unsubscribeAuth = useAuthStore.subscribe((state, previous) => {
    if (state.status?.state !== previous.status?.state) follow(state.status);
  });

  let debounce: ReturnType<typeof setTimeout> | undefined;
  let lastCount = -1;
  const outbox = liveQuery(() => database.outbox.count()).subscribe({
    next: (count) => {
      if (count > lastCount && lastCount >= 0) {
        clearTimeout(debounce);
        debounce = setTimeout(() => engine.request(), PUSH_DEBOUNCE_MS);
      }
      lastCount = count;
    },
    error: () => undefined,
  });
  // A poke for a project this computer does not know yet (just accepted, or opened to us) is a
  // full sync: the project list, its tasks and documents come down with its annotations.
  const offPoke = api.on('platform:poke', ({ projectId }) => {
    void database.projects.get(projectId as never).then(
      (known) => (known ? engine.request(projectId) : engine.retryNow()),
      () => engine.request(projectId),
    );
  });
  const offConnection = api.on('connection:changed', (connection) => {
    if (connection.state === 'online' && engine.status().phase === 'offline') engine.retryNow();
  });
  const safety = setInterval(() => {
    if (engine.status().phase === 'idle') engine.retryNow();
  }, SAFETY_SYNC_MS);

  return () => {
    clearInterval(safety);
    clearTimeout(debounce);
    outbox.unsubscribe();
    offPoke();
    offConnection();
    unsubscribeAuth();
    engine.stop();
    engineRef.current = undefined;
  };
}

/** Starts sync for this window; returns a function that stops it (tests). */
export function startSync(): () => void {
  const database = db();
  const counts = liveQuery(() =>
    Promise.all([database.outbox.count(), database.rejected.count()]),
  ).subscribe({
    next: ([pending, rejected]) => useSyncStore.getState().setCounts(pending, rejected),
    error: () => undefined,
  });
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(LOCK);
  const engineRef: { current?: SyncEngine } = {};
  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      const engine = engineRef.current;
      if (message.type === 'status' && !engine) useSyncStore.getState().receive(message.status);
      else if (message.type === 'retry') engine?.retryNow();
      else if (message.type === 'hello' && engine)
        channel.postMessage({ type: 'status', status: engine.status() } satisfies Message);
    };
    channel.postMessage({ type: 'hello' } satisfies Message);
  }
  useSyncStore.setState({
    retry: () =>
      engineRef.current
        ? engineRef.current.retryNow()
        : channel?.postMessage({ type: 'retry' } satisfies Message),
  });
  const stopLeading = whileLeader(LOCK, () => lead(channel, engineRef));
  return () => {
    stopLeading();
    counts.unsubscribe();
    channel?.close();
  };
}
