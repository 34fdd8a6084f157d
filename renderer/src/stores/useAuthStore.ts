import { create } from 'zustand';
import type { AuthStatus } from '../../../shared/ipc/contract';
import { api, BridgeError } from '../api';

interface AuthState {
  readonly status?: AuthStatus;
  readonly error?: string;
  readonly load: () => Promise<void>;
  readonly signIn: () => Promise<void>;
  readonly signOut: () => Promise<void>;
  readonly receive: (status: AuthStatus) => void;
}

/** Who is signed in to the platform (never their tokens: those stay in main). */
export const useAuthStore = create<AuthState>()((set) => ({
  load: async () => set({ status: await api.invoke('auth:status', {}) }),
  signIn: async () => {
    set({ error: undefined });
    try {
      set({ status: await api.invoke('auth:signIn', {}) });
    } catch (error) {
      set({ error: error instanceof BridgeError ? error.code : 'internal' });
      set({ status: await api.invoke('auth:status', {}) });
    }
  },
  signOut: async () => set({ status: await api.invoke('auth:signOut', {}) }),
  receive: (status) => set({ status }),
}));
