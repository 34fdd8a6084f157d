/**
 * Assignment statuses. There is ONE status model for an assignment, the review machine in
 * shared/review/taskStatus.ts; the server stores exactly its statuses and applies its
 * `transition`. (The first server used offered → accepted → in_progress → submitted →
 * approved | rejected; migration 0002_work renames `rejected` to `returned`.)
 *
 * This module is the wire side: the list of statuses, and which target statuses an expert may ask
 * for directly on `POST …/assignments/:id/status` (accept, decline, start, skip). Submitting needs
 * the work itself (`POST …/submit`) and approving or returning needs the reviewer's decisions
 * (`POST …/review`), so those statuses are refused here with a pointer to the right endpoint.
 */
import type { TaskEvent, TaskStatus } from '../review/taskStatus';

export const ASSIGNMENT_STATUSES = [
  'offered',
  'accepted',
  'declined',
  'in_progress',
  'skipped',
  'submitted',
  'returned',
  'resubmitted',
  'approved',
] as const satisfies readonly TaskStatus[];
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

// Compile-time proof that the list names every status of the review machine.
type Missing = Exclude<TaskStatus, AssignmentStatus>;
export const EVERY_STATUS_LISTED: Missing extends never ? true : never = true;

/** Statuses an expert may request on the status endpoint, and the event each one is. */
const DIRECT: Partial<Record<AssignmentStatus, TaskEvent['type']>> = {
  accepted: 'accept',
  declined: 'decline',
  in_progress: 'start',
  skipped: 'skip',
};

export type StatusRequest =
  | { readonly ok: true; readonly event: TaskEvent }
  | { readonly ok: false; readonly problem: 'useSubmit' | 'useReview' };

/** The review machine's event for a status an expert asked for on the status endpoint. */
export function eventForStatus(to: AssignmentStatus, reason: string | undefined): StatusRequest {
  const type = DIRECT[to];
  if (type === 'accept') return { ok: true, event: { type } };
  if (type === 'start') return { ok: true, event: { type } };
  if (type === 'decline') return { ok: true, event: reason ? { type, reason } : { type } };
  if (type === 'skip') return { ok: true, event: { type, reason: reason ?? '' } };
  if (to === 'submitted' || to === 'resubmitted') return { ok: false, problem: 'useSubmit' };
  return { ok: false, problem: 'useReview' };
}

/** Whether the assignment counts as open work in the expert's queue. */
export function isOpenWork(status: AssignmentStatus): boolean {
  return (
    status === 'offered' ||
    status === 'accepted' ||
    status === 'in_progress' ||
    status === 'returned'
  );
}

/** Whether a reviewer has something to decide. */
export function awaitsReview(status: AssignmentStatus): boolean {
  return status === 'submitted' || status === 'resubmitted';
}
