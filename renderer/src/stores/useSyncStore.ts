import { create } from 'zustand';
import type { SyncStatus } from '../sync/engine';

interface SyncState {
  readonly status: SyncStatus;
  /** Outbox rows waiting to be pushed (from the database, so every window agrees). */
  readonly pending: number;
  /** Mutations the platform refused, waiting for the user. */
  readonly rejected: number;
  readonly receive: (status: SyncStatus) => void;
  readonly setCounts: (pending: number, rejected: number) => void;
  /** Syncs now (the Retry button); wired by startSync to the engine, wherever it runs. */
  readonly retry: () => void;
}

/** What the status bar shows about sync: the leader's engine status and the local counts. */
export const useSyncStore = create<SyncState>()((set) => ({
  status: { phase: 'local' },
  pending: 0,
  rejected: 0,
  receive: (status) => set({ status }),
  setCounts: (pending, rejected) => set({ pending, rejected }),
  retry: () => undefined,
}));
