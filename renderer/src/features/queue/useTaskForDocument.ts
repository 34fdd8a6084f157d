import { useEffect } from 'react';
import { LOCAL_PROJECT_ID, type ProjectId } from '../../../../shared/model/ids';
import { LockedWorkError, isEditable } from '../../../../shared/review/taskStatus';
import type { QueueItem } from '../../../../shared/work/wire';
import { useAuthStore } from '../../stores/useAuthStore';
import { itemForDocument, useWorkStore } from '../../stores/useWorkStore';

export interface TaskContext {
  /** The expert's assignment for this document, if it is platform work. */
  readonly item?: QueueItem;
  /** Submitted (or approved) work: no edits until a reviewer returns it. */
  readonly locked: boolean;
  /** Wraps an edit callback so that it refuses (LockedWorkError) while the work is locked. */
  readonly guard: <A extends unknown[], R>(
    edit: (...args: A) => Promise<R>,
  ) => (...args: A) => Promise<R>;
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
  const locked = item !== undefined && !isEditable(item.status);
  return {
    ...(item ? { item } : {}),
    locked,
    guard:
      (edit) =>
      (...args) =>
        locked
          ? Promise.reject(
              new LockedWorkError(`the task is ${item?.status}; its annotations are locked`),
            )
          : edit(...args),
  };
}
