import { useCallback, useState, type ReactNode } from 'react';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import { detachDeleted, relationsOf, relationTargets } from '../../../../shared/model/relations';
import type { AnnotationBatch, AnnotationPatch } from '../../stores/useAnnotationStore';
import { DeleteWithRelationsDialog, type DeleteChoice } from './DeleteWithRelationsDialog';

interface Edits {
  readonly onUpdate: (id: AnnotationId, patch: AnnotationPatch) => Promise<void>;
  readonly onDelete: (ids: readonly AnnotationId[]) => Promise<void>;
  readonly onBatch?: (batch: AnnotationBatch) => Promise<void>;
}

/** The batch that deletes `ids` and removes every relation and citation that pointed at them. */
export function deletionBatch(
  annotations: readonly Annotation[],
  ids: readonly AnnotationId[],
): Required<AnnotationBatch> {
  return {
    updates: detachDeleted(annotations, ids).map(({ id, body }) => ({ id, patch: { body } })),
    deletes: ids,
  };
}

async function applyBatch(edits: Edits, batch: Required<AnnotationBatch>): Promise<void> {
  if (edits.onBatch) return edits.onBatch(batch);
  // A host without batches: relations first, so no state in between has a dangling one.
  for (const { id, patch } of batch.updates) await edits.onUpdate(id, patch);
  await edits.onDelete(batch.deletes);
}

/**
 * Deleting annotations that take part in relations asks first what to do with them; deleting
 * others goes straight through. Returns the request function and the dialog to render.
 */
export function useGuardedDelete(
  annotations: readonly Annotation[],
  edits: Edits,
): { requestDelete: (ids: readonly AnnotationId[]) => Promise<void>; dialog: ReactNode } {
  const [pending, setPending] = useState<{
    ids: readonly AnnotationId[];
    relationCount: number;
    targets: AnnotationId[];
  }>();

  const requestDelete = useCallback(
    async (ids: readonly AnnotationId[]) => {
      let relationCount = 0;
      const targets = new Set<AnnotationId>();
      for (const id of ids) {
        const { outgoing, incoming } = relationsOf(annotations, id);
        relationCount += outgoing.length + incoming.length;
        for (const target of relationTargets(annotations, id))
          if (!ids.includes(target)) targets.add(target);
      }
      if (relationCount === 0) return edits.onDelete(ids);
      setPending({ ids, relationCount, targets: [...targets] });
    },
    [annotations, edits],
  );

  const choose = (choice: DeleteChoice): void => {
    if (!pending) return;
    const ids = choice === 'withTargets' ? [...pending.ids, ...pending.targets] : pending.ids;
    setPending(undefined);
    void applyBatch(edits, deletionBatch(annotations, ids));
  };

  const dialog = pending ? (
    <DeleteWithRelationsDialog
      count={pending.ids.length}
      relationCount={pending.relationCount}
      targetCount={pending.targets.length}
      onChoose={choose}
      onCancel={() => setPending(undefined)}
    />
  ) : null;
  return { requestDelete, dialog };
}
