import type { ExpertProfile } from '../profile/profile';

/** Everything matching needs to know about an expert. */
export interface ExpertSnapshot {
  readonly expertId: string;
  readonly profile: ExpertProfile;
  /** Effective interview scores (reviewer overrides applied), absent before a scored interview. */
  readonly interview?: {
    readonly scores: readonly { readonly competencyId: string; readonly score: number }[];
  };
  /** Review outcomes of past work on the platform. */
  readonly quality?: { readonly reviewedTasks: number; readonly acceptedTasks: number };
}
