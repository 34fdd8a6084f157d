import { useRef } from 'react';
import type { Annotation, AnnotationBody } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { PaneProps } from '../workspace/paneProps';

/** One change to the document annotation's body (its classes, or its interpretation). */
export type DocumentChange = (body: AnnotationBody) => AnnotationBody;

interface Saved {
  readonly annotation: Annotation;
  readonly body: AnnotationBody;
  /** The version the pane showed when this was saved; a newer one means the store caught up. */
  readonly shown: string | undefined;
}

/**
 * Saves the document-level annotation (classes and interpretation) one change at a time.
 *
 * The store shows a write a moment after it is made. A second change made in that moment (two
 * classes ticked quickly, or a class ticked just before the interpretation is saved) must build
 * on the first: update the annotation being created rather than create another, and keep the
 * first change's labels. So changes run in order, each applied to the newest body known: the
 * last one saved here until the store shows a newer version, then the store's.
 */
export function useDocumentSave(
  onCreate: PaneProps['onCreate'],
  onUpdate: PaneProps['onUpdate'],
  onDelete: (ids: readonly AnnotationId[]) => Promise<void>,
): (existing: Annotation | undefined, change: DocumentChange) => void {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const saved = useRef<Saved | undefined>(undefined);

  const apply = async (existing: Annotation | undefined, change: DocumentChange): Promise<void> => {
    const last = saved.current;
    const caughtUp = !last || existing?.updatedAt !== last.shown;
    const current = caughtUp ? existing : last.annotation;
    const body = change(caughtUp ? (existing?.body ?? { labels: [] }) : last.body);
    const shown = existing?.updatedAt;
    if (body.labels.length === 0 && !body.rationale) {
      saved.current = undefined;
      if (current) await onDelete([current.id]);
    } else if (current) {
      await onUpdate(current.id, { body });
      saved.current = { annotation: current, body, shown };
    } else {
      // The document note is not selected: the span about to be cited stays the active one.
      const annotation = await onCreate({ kind: 'document' }, body);
      saved.current = { annotation, body, shown };
    }
  };

  return (existing, change) => {
    // The host reports a failed write itself; a failure must not stop the changes after it.
    queue.current = queue.current.then(() => apply(existing, change)).catch(() => undefined);
  };
}
