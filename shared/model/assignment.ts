/** Assignment status rules: who may move an assignment from one status to the next. */
export const ASSIGNMENT_STATUSES = [
  'offered',
  'accepted',
  'in_progress',
  'submitted',
  'approved',
  'rejected',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

export type AssignmentActor = 'assignee' | 'reviewer';

/**
 * offered → accepted → in_progress → submitted → approved | rejected (with a reason);
 * a rejected assignment goes back to in_progress when the expert reworks it. The expert moves
 * their own work forward; only a reviewer (or the project's managers) approves or rejects.
 */
const TRANSITIONS: Record<AssignmentStatus, Partial<Record<AssignmentStatus, AssignmentActor>>> = {
  offered: { accepted: 'assignee' },
  accepted: { in_progress: 'assignee' },
  in_progress: { submitted: 'assignee' },
  submitted: { approved: 'reviewer', rejected: 'reviewer' },
  rejected: { in_progress: 'assignee' },
  approved: {},
};

export type TransitionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: 'notAllowed' | 'notYours' | 'reasonRequired' };

export function checkTransition(
  from: AssignmentStatus,
  to: AssignmentStatus,
  actor: { readonly isAssignee: boolean; readonly canReview: boolean },
  reason: string | undefined,
): TransitionCheck {
  const who = TRANSITIONS[from][to];
  if (who === undefined) return { ok: false, problem: 'notAllowed' };
  if (who === 'assignee' && !actor.isAssignee) return { ok: false, problem: 'notYours' };
  if (who === 'reviewer' && !actor.canReview) return { ok: false, problem: 'notYours' };
  if (to === 'rejected' && !reason?.trim()) return { ok: false, problem: 'reasonRequired' };
  return { ok: true };
}
