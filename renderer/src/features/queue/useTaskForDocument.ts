import { useEffect } from 'react';
import { LOCAL_PROJECT_ID, type ProjectId } from '../../../../shared/model/ids';
import { LockedWorkError, isEditable } from '../../../../shared/review/taskStatus';
import type { QueueItem } from '../../../../shared/work/wire';
import { useAuthStore } from '../../stores/useAuthStore';
import { itemForDocument, useWorkStore } from '../../stores/useWorkStore';

export interface TaskContext {
  /** The expert's assignment for this document, if it is platform work. */
  readonly item?: QueueItem;
  /** Submitted (or approved, declined, skipped) work: no edits until a reviewer returns it. */
  readonly locked: boolean;
  /** Wraps an edit callback so that it refuses (LockedWorkError) while the work is locked. */
  readonly guard: <A extends unknown[], R>(
    edit: (...args: A) => Promise<R>,
  ) => (...args: A) => Promise<R>;
}

const starting = new Set<string>();

/**
 * Labelling an offered task accepts and starts it (the clock then runs). Offline the edit is kept
 * and the task stays offered until the expert accepts it from the queue or the task bar.
 */
function startOffered(item: QueueItem): void {
  if (starting.has(item.assignmentId)) return;
  starting.add(item.assignmentId);
  const { move } = useWorkStore.getState();
  void move(item, 'accepted')
    .then(() => move(item, 'in_progress'))
    .catch(() => undefined)
    .finally(() => starting.delete(item.assignmentId));
}

/** The task behind an open document (loading the queue once if it is not known yet). */
export function useTaskForDocument(
  documentId: string,
  projectId: ProjectId | undefined,
): TaskContext {
  const signedIn = useAuthStore((s) => s.status?.state === 'signedIn');
  const known = useWorkStore((s) => s.queue !== undefined);
  const item = useWorkStore((s) => itemForDocument(s.queue, documentId));
  useEffect(() => {
    if (signedIn && !known && projectId && projectId !== LOCAL_PROJECT_ID)
      void useWorkStore.getState().refresh();
  }, [signedIn, known, projectId]);
  const offered = item?.status === 'offered';
  const locked = item !== undefined && !offered && !isEditable(item.status);
  return {
    ...(item ? { item } : {}),
    locked,
    guard:
      (edit) =>
      async (...args) => {
        if (locked)
          throw new LockedWorkError(`the task is ${item?.status}; its annotations are locked`);
        const result = await edit(...args);
        if (item && offered) startOffered(item);
        return result;
      },
  };
}
