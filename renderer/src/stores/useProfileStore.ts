import { create } from 'zustand';
import type { ProfileSuggestion } from '../../../shared/interview/suggestions';
import { newId } from '../../../shared/model/ids';
import type { ProfileEnvelope } from '../../../shared/platform/ops/vettingSchemas';
import type { ProfileInput } from '../../../shared/profile/profile';
import { callPlatform, problemText } from '../api/platformOps';
import { applySuggestion, draftProblems, inputOf } from '../features/profile/profileDraft';

interface ProfileState {
  readonly envelope?: ProfileEnvelope;
  /** What the form shows; saved as a whole. */
  readonly draft?: ProfileInput;
  /** A record added from outside the form that still needs the expert's details. */
  readonly focusRecordId?: string;
  readonly saving: boolean;
  /** The draft has edits not yet saved (a reload would lose them). */
  readonly dirty: boolean;
  readonly error?: string;
  readonly savedAt?: number;
  readonly load: () => Promise<void>;
  readonly edit: (draft: ProfileInput) => void;
  readonly save: () => Promise<boolean>;
  /** One click from the interview results: saved at once when complete, else opened in the form. */
  readonly accept: (suggestion: ProfileSuggestion) => Promise<'saved' | 'needsDetails' | 'failed'>;
}

export const useProfileStore = create<ProfileState>()((set, get) => ({
  saving: false,
  dirty: false,
  load: async () => {
    try {
      const envelope = await callPlatform('profile.get', {});
      set({ envelope, draft: inputOf(envelope.profile), error: undefined, dirty: false });
    } catch (error) {
      set({ error: problemText(error) });
    }
  },
  edit: (draft) => set({ draft, dirty: true }),
  save: async () => {
    const { envelope, draft } = get();
    if (!draft) return false;
    const problems = draftProblems(draft);
    if (problems.length > 0) {
      set({ error: problems.map((p) => `${p.path || 'profile'} ${p.message}`).join('; ') });
      return false;
    }
    set({ saving: true, error: undefined });
    try {
      const saved = await callPlatform(
        'profile.save',
        {},
        { version: envelope?.version ?? 0, profile: draft },
      );
      set({
        envelope: saved,
        draft: inputOf(saved.profile),
        savedAt: Date.now(),
        focusRecordId: undefined,
        dirty: false,
      });
      return true;
    } catch (error) {
      set({ error: problemText(error) });
      return false;
    } finally {
      set({ saving: false });
    }
  },
  accept: async (suggestion) => {
    if (!get().envelope) await get().load();
    const draft = get().draft;
    if (!draft) return 'failed';
    const applied = applySuggestion(draft, suggestion, newId);
    set({ draft: applied.draft, dirty: true });
    if (!applied.complete) {
      set({ focusRecordId: applied.recordId });
      return 'needsDetails';
    }
    return (await get().save()) ? 'saved' : 'failed';
  },
}));
