import { create } from 'zustand';
import type { ResultOf } from '../../../shared/platform/operations';
import { callPlatform } from '../api/platformOps';

type Me = ResultOf<'me.get'>;

interface AccountState {
  /** Who is signed in to the platform, with their role (absent when signed out). */
  readonly me?: Me;
  readonly load: () => Promise<void>;
  readonly clear: () => void;
}

/** The platform account (role decides what Projects, Profile and Interview show). */
export const useAccountStore = create<AccountState>()((set) => ({
  load: async () => {
    try {
      set({ me: await callPlatform('me.get', {}) });
    } catch {
      set({ me: undefined });
    }
  },
  clear: () => set({ me: undefined }),
}));
