import { create } from 'zustand';
import type { Catalogue } from '../../../shared/platform/ops/vettingSchemas';
import { callPlatform, problemText } from '../api/platformOps';

interface CatalogueState {
  readonly catalogue?: Catalogue;
  readonly busy: boolean;
  readonly error?: string;
  readonly load: () => Promise<void>;
  readonly accept: (projectId: string) => Promise<void>;
  readonly decline: (projectId: string, reason: string) => Promise<void>;
}

/** "Projects for you": matches with reasons, the others with why not; accept or decline. */
export const useCatalogueStore = create<CatalogueState>()((set, get) => {
  const act = async (work: () => Promise<unknown>) => {
    set({ busy: true, error: undefined });
    try {
      await work();
      await get().load();
    } catch (error) {
      set({ error: problemText(error) });
    } finally {
      set({ busy: false });
    }
  };
  return {
    busy: false,
    load: async () => {
      try {
        set({ catalogue: await callPlatform('catalogue.get', {}) });
      } catch (error) {
        set({ error: problemText(error) });
      }
    },
    accept: (projectId) => act(() => callPlatform('catalogue.accept', { projectId }, {})),
    decline: (projectId, reason) =>
      act(() =>
        callPlatform(
          'catalogue.decline',
          { projectId },
          reason.trim() ? { reason: reason.trim() } : {},
        ),
      ),
  };
});
