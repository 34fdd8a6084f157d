import { isOpenWork, type AssignmentStatus } from '../model/assignment';
import type { MyQueue, QueueItem, QueueProject } from './wire';

export interface ProjectProgress {
  /** Every assignment the expert has in the project, declined ones left out. */
  readonly total: number;
  /** Waiting for the expert: offered, accepted, in progress or returned. */
  readonly open: number;
  /** Submitted and waiting for a reviewer. */
  readonly inReview: number;
  readonly approved: number;
  readonly skipped: number;
  /** approved / (total − skipped), 0 when nothing counts. */
  readonly share: number;
}

export interface QueueGroup {
  readonly project: QueueProject;
  readonly items: readonly QueueItem[];
  readonly progress: ProjectProgress;
  /** The earliest due date of open work, if any. */
  readonly nextDue?: string;
}

export function progressOf(statuses: readonly AssignmentStatus[]): ProjectProgress {
  const counted = statuses.filter((s) => s !== 'declined');
  const count = (pred: (s: AssignmentStatus) => boolean) => counted.filter(pred).length;
  const approved = count((s) => s === 'approved');
  const skipped = count((s) => s === 'skipped');
  const doable = counted.length - skipped;
  return {
    total: counted.length,
    open: count(isOpenWork),
    inReview: count((s) => s === 'submitted' || s === 'resubmitted'),
    approved,
    skipped,
    share: doable === 0 ? 0 : approved / doable,
  };
}

/** Open work first (returned before new, then by due date), then work in review, then done. */
function rank(item: QueueItem): number {
  if (item.status === 'returned') return 0;
  if (item.status === 'in_progress') return 1;
  if (item.status === 'accepted') return 2;
  if (item.status === 'offered') return 3;
  if (item.status === 'submitted' || item.status === 'resubmitted') return 4;
  if (item.status === 'approved') return 5;
  return 6;
}

/**
 * The queue as the expert sees it: one group per project (projects with open work first, then by
 * the earliest due date and name), items ordered by what needs doing. Within a rank the server's
 * order is kept (it places gold items among real ones, so the client must not re-sort them by id).
 */
export function groupQueue(queue: MyQueue): QueueGroup[] {
  const groups = queue.projects.map((project) => {
    const items = queue.items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.projectId === project.id && item.status !== 'declined')
      .sort(
        (a, b) =>
          rank(a.item) - rank(b.item) ||
          (a.item.dueAt ?? '9999').localeCompare(b.item.dueAt ?? '9999') ||
          a.index - b.index,
      )
      .map(({ item }) => item);
    const due = items
      .filter((i) => isOpenWork(i.status) && i.dueAt)
      .map((i) => i.dueAt as string)
      .sort()[0];
    return {
      project,
      items,
      progress: progressOf(items.map((i) => i.status)),
      ...(due ? { nextDue: due } : {}),
    };
  });
  return groups
    .filter((g) => g.items.length > 0)
    .sort(
      (a, b) =>
        Number(b.progress.open > 0) - Number(a.progress.open > 0) ||
        (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999') ||
        a.project.name.localeCompare(b.project.name),
    );
}

/**
 * The next `n` items of work in hand to take offline, in queue order. Offers are not among them:
 * an offer's documents become the expert's only once they accept it (the server refuses before).
 */
export function nextOpen(groups: readonly QueueGroup[], n: number): QueueItem[] {
  return groups
    .flatMap((g) => g.items.filter((i) => isOpenWork(i.status) && i.status !== 'offered'))
    .slice(0, Math.max(0, n));
}
