import type { CompletenessResult } from './completeness';
import type { ReturnNotice, ReviewOutcome } from './decisions';

/**
 * An assignment's life (event and who may send it):
 *
 *   offered     → accepted (accept) · declined (decline)                 expert
 *   accepted    → in_progress (start) · submitted (submit) · skipped (skip) expert
 *   in_progress → submitted (submit) · skipped (skip)                     expert
 *   submitted   → approved (approve) · returned (return)                  reviewer
 *   returned    → resubmitted (submit)                                    expert
 *   resubmitted → approved (approve) · returned (return)                  reviewer
 *
 * Work is editable in accepted, in_progress and returned, and locked everywhere else: a submitted
 * task changes only when a reviewer returns it. Approved, declined and skipped are final.
 */
export type TaskStatus =
  | 'offered'
  | 'accepted'
  | 'declined'
  | 'in_progress'
  | 'skipped'
  | 'submitted'
  | 'returned'
  | 'resubmitted'
  | 'approved';

export type Actor = 'expert' | 'reviewer';

export type TaskEvent =
  | { readonly type: 'accept' }
  | { readonly type: 'decline'; readonly reason?: string }
  | { readonly type: 'start' }
  | { readonly type: 'skip'; readonly reason: string }
  | { readonly type: 'submit'; readonly completeness: CompletenessResult }
  | { readonly type: 'approve'; readonly review: ReviewOutcome }
  | { readonly type: 'return'; readonly review: ReviewOutcome };

export interface TaskState {
  readonly status: TaskStatus;
  /** Submissions so far (1 after the first submit, 2 after the first resubmission …). */
  readonly round: number;
  /** Why the task was last returned; kept while the expert fixes it. */
  readonly lastReturn?: ReturnNotice;
  readonly skipReason?: string;
}

export type TransitionErrorCode =
  | 'not-allowed'
  | 'wrong-actor'
  | 'incomplete'
  | 'reason-required'
  | 'review-invalid'
  | 'review-mismatch';

export type TransitionResult =
  | { readonly ok: true; readonly state: TaskState }
  | {
      readonly ok: false;
      readonly code: TransitionErrorCode;
      readonly message: string;
      readonly details?: readonly string[];
    };

export const INITIAL_TASK_STATE: TaskState = { status: 'offered', round: 0 };

const EDITABLE: ReadonlySet<TaskStatus> = new Set(['accepted', 'in_progress', 'returned']);

/** Whether the expert may change the task's annotations now. */
export function isEditable(status: TaskStatus): boolean {
  return EDITABLE.has(status);
}

const WHO: Record<TaskEvent['type'], Actor> = {
  accept: 'expert',
  decline: 'expert',
  start: 'expert',
  skip: 'expert',
  submit: 'expert',
  approve: 'reviewer',
  return: 'reviewer',
};

const FROM: Record<TaskEvent['type'], readonly TaskStatus[]> = {
  accept: ['offered'],
  decline: ['offered'],
  start: ['accepted'],
  skip: ['accepted', 'in_progress'],
  submit: ['accepted', 'in_progress', 'returned'],
  approve: ['submitted', 'resubmitted'],
  return: ['submitted', 'resubmitted'],
};

function fail(
  code: TransitionErrorCode,
  message: string,
  details?: readonly string[],
): TransitionResult {
  return details ? { ok: false, code, message, details } : { ok: false, code, message };
}

/** The one place task status changes; pure, so client and server apply the same rules. */
export function transition(state: TaskState, event: TaskEvent, actor: Actor): TransitionResult {
  if (WHO[event.type] !== actor)
    return fail('wrong-actor', `only the ${WHO[event.type]} can ${event.type}`);
  if (!FROM[event.type].includes(state.status))
    return fail('not-allowed', `cannot ${event.type} a task that is ${state.status}`);
  switch (event.type) {
    case 'accept':
      return { ok: true, state: { ...state, status: 'accepted' } };
    case 'decline':
      return { ok: true, state: { ...state, status: 'declined' } };
    case 'start':
      return { ok: true, state: { ...state, status: 'in_progress' } };
    case 'skip':
      if (event.reason.trim() === '') return fail('reason-required', 'say why you skip the task');
      return { ok: true, state: { ...state, status: 'skipped', skipReason: event.reason } };
    case 'submit':
      if (!event.completeness.complete)
        return fail(
          'incomplete',
          'the work is not complete',
          event.completeness.problems.map((p) => p.message),
        );
      return {
        ok: true,
        state: {
          ...state,
          status: state.status === 'returned' ? 'resubmitted' : 'submitted',
          round: state.round + 1,
        },
      };
    case 'approve':
    case 'return': {
      const review = event.review;
      if (!review.ok) return fail('review-invalid', 'the review is incomplete', review.problems);
      if (review.outcome !== event.type)
        return fail(
          'review-mismatch',
          `the decisions call for ${review.outcome}, not ${event.type}`,
        );
      if (review.outcome === 'return')
        return { ok: true, state: { ...state, status: 'returned', lastReturn: review.notice } };
      return { ok: true, state: { ...state, status: 'approved' } };
    }
  }
}

export class LockedWorkError extends Error {
  override readonly name = 'LockedWorkError';
}

/** Guard for every edit path (client store and server sync): submitted work is locked. */
export function assertEditable(status: TaskStatus): void {
  if (!isEditable(status))
    throw new LockedWorkError(`the task is ${status}; its annotations are locked`);
}
