/**
 * How a project runs its work, beside its definition: what a submission must contain, how active
 * time is measured and capped, and how much gold is mixed into queues. Managers set it; experts
 * read it (their client needs the idle pause and the completeness rules before they submit).
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';

const LabelId = Type.String({ minLength: 1, maxLength: 100 });

export const WorkSettingsSchema = Strict({
  /** Seconds without input after which the expert counts as idle and the clock stops. */
  idleSeconds: Type.Integer({ minimum: 15, maximum: 3_600 }),
  /** Labels that must each be used at least once before work can be submitted. */
  requiredLabels: Type.Array(LabelId, { maxItems: 200 }),
  /** Fewest annotations a submission may have (0: an empty submission is allowed). */
  minAnnotations: Type.Integer({ minimum: 0, maximum: 100_000 }),
  /** Share of an expert's queue that is gold (known answers), 0 ≤ rate ≤ 0.5. */
  goldRate: Type.Number({ minimum: 0, maximum: 0.5 }),
  /** Span F1 (overlap) a gold answer needs to pass. */
  goldPassF1: Type.Number({ minimum: 0, maximum: 1 }),
  /** Most payable active minutes per task (hourly projects); absent = no cap. */
  taskCapMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  /** Most payable active minutes per expert per day across tasks. */
  dayCapMinutes: Type.Integer({ minimum: 1, maximum: 1_440 }),
  /** Days from the offer to the due date shown in the queue (absent: no due date). */
  dueDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
});
export type WorkSettings = Static<typeof WorkSettingsSchema>;

export const DEFAULT_WORK_SETTINGS: WorkSettings = {
  idleSeconds: 120,
  requiredLabels: [],
  minAnnotations: 0,
  goldRate: 0,
  goldPassF1: 0.8,
  dayCapMinutes: 720,
};

/** Stored settings over the defaults (a project that never saved any gets the defaults). */
export function withDefaults(stored: Partial<WorkSettings> | undefined): WorkSettings {
  return { ...DEFAULT_WORK_SETTINGS, ...stored };
}
