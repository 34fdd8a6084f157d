import { useCallback, useEffect, useRef } from 'react';
import { reviewAnnotationOf } from '../../../../shared/compare/completeness';
import type { Annotation, AnnotationBody } from '../../../../shared/model/annotation';
import type { AnswerReviewResult } from '../../../../shared/model/answerReview';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { PaneProps } from '../workspace/paneProps';

export interface ReviewDraft {
  /** The stored review annotation, once the expert has done anything. */
  readonly annotation?: Annotation;
  readonly review: AnswerReviewResult;
  readonly body: AnnotationBody;
  /** Applies a change to the body: creates the annotation on the first change, updates it after. */
  readonly save: (change: (body: AnnotationBody) => AnnotationBody) => Promise<void>;
}

/**
 * The task's review as one document-level annotation (ranking in `body.ranking`, the rest in
 * `body.review`), written through the annotation store so it gets an outbox row, syncs, undoes and
 * goes into the submission like any annotation. Edits are chained so a fast second change never
 * creates a second annotation.
 */
export function useReviewDraft(
  annotations: readonly Annotation[],
  taskId: string,
  onCreate: PaneProps['onCreate'],
  onUpdate: PaneProps['onUpdate'],
): ReviewDraft {
  const annotation = reviewAnnotationOf(annotations, taskId);
  const empty: AnnotationBody = { labels: [], review: { taskId, scores: [], errors: [] } };
  const body = annotation?.body ?? empty;
  const latest = useRef<{ id?: AnnotationId; body: AnnotationBody }>({ body });
  const chain = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    latest.current = { id: annotation?.id, body: annotation?.body ?? latest.current.body };
  }, [annotation]);

  const save = useCallback(
    (change: (current: AnnotationBody) => AnnotationBody): Promise<void> => {
      const run = async (): Promise<void> => {
        const next = change(latest.current.body);
        const id = latest.current.id;
        latest.current = { id, body: next };
        if (id) await onUpdate(id, { body: next });
        else latest.current = { id: (await onCreate({ kind: 'document' }, next)).id, body: next };
      };
      const step = chain.current.then(run);
      chain.current = step.catch(() => undefined);
      return step;
    },
    [onCreate, onUpdate],
  );

  return { annotation, review: body.review ?? { taskId, scores: [], errors: [] }, body, save };
}
