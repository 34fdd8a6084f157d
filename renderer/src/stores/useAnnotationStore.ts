import { create } from 'zustand';
import type {
  Annotation,
  AnnotationBody,
  AnnotationTarget,
} from '../../../shared/model/annotation';
import {
  newId,
  type AnnotationId,
  type DocumentId,
  type ProjectId,
} from '../../../shared/model/ids';
import { annotationsOf, deleteAnnotations, putAnnotations } from '../db/annotations';
import { db } from '../db/schema';
import { applyToList, invert, type AnnotationChange } from './annotationChanges';

const UNDO_LIMIT = 200;

export interface AnnotationPatch {
  readonly target?: AnnotationTarget;
  readonly body?: AnnotationBody;
}

/** Several edits made as one step: one Dexie write each, one entry in the undo history. */
export interface AnnotationBatch {
  readonly updates?: readonly { readonly id: AnnotationId; readonly patch: AnnotationPatch }[];
  readonly deletes?: readonly AnnotationId[];
}

interface AnnotationState {
  readonly documentId?: DocumentId;
  readonly projectId?: ProjectId;
  readonly annotations: readonly Annotation[];
  readonly undoStack: readonly (readonly AnnotationChange[])[];
  readonly redoStack: readonly (readonly AnnotationChange[])[];
  readonly open: (documentId: DocumentId, projectId: ProjectId) => Promise<void>;
  readonly close: () => void;
  /** Re-reads the open document's annotations after sync changed them (undo history is kept). */
  readonly reload: () => Promise<void>;
  readonly create: (target: AnnotationTarget, body: AnnotationBody) => Promise<Annotation>;
  readonly update: (id: AnnotationId, patch: AnnotationPatch) => Promise<void>;
  readonly remove: (ids: readonly AnnotationId[]) => Promise<void>;
  /** Adds annotations made elsewhere (an imported file) as one undoable edit; known ids are skipped. */
  readonly addMany: (annotations: readonly Annotation[]) => Promise<number>;
  readonly apply: (batch: AnnotationBatch) => Promise<void>;
  readonly undo: () => Promise<void>;
  readonly redo: () => Promise<void>;
}

/**
 * Writes an edit to Dexie (with its outbox rows) in one transaction. An annotation that undo or
 * redo brings back into existence (an undone deletion, a redone creation) goes out as a restore:
 * the platform refuses a plain put of what it holds as deleted, but accepts this account's
 * restore of its own deletion. Restores go first, so relations of the edit find them.
 */
async function persist(
  changes: readonly AnnotationChange[],
  history: 'do' | 'undo' | 'redo',
): Promise<void> {
  const back = (c: AnnotationChange) => history !== 'do' && c.after !== undefined && !c.before;
  const restores = changes.filter(back).flatMap((c) => (c.after ? [c.after] : []));
  const puts = changes.filter((c) => !back(c)).flatMap((c) => (c.after ? [c.after] : []));
  const deletes = changes.filter((c) => !c.after).map((c) => c.id);
  const database = db();
  await database.transaction(
    'rw',
    [database.annotations, database.outbox, database.syncState, database.baseCopies],
    async () => {
      if (restores.length > 0) await putAnnotations(database, restores, 'restore');
      if (puts.length > 0) await putAnnotations(database, puts);
      if (deletes.length > 0) await deleteAnnotations(database, deletes);
    },
  );
}

/**
 * The open document's annotations, with undo/redo. Every edit goes through Dexie and the outbox
 * first (so it is durable and will sync) and only then changes what the panes show.
 */
export const useAnnotationStore = create<AnnotationState>()((set, get) => {
  async function commit(
    changes: readonly AnnotationChange[],
    history: 'do' | 'undo' | 'redo',
  ): Promise<void> {
    if (changes.length === 0) return;
    await persist(changes, history);
    set((state) => ({
      annotations: applyToList(state.annotations, changes),
      undoStack:
        history === 'undo'
          ? state.undoStack.slice(0, -1)
          : [...state.undoStack, changes].slice(-UNDO_LIMIT),
      redoStack:
        history === 'do'
          ? []
          : history === 'undo'
            ? [...state.redoStack, invert(changes)]
            : state.redoStack.slice(0, -1),
    }));
  }

  return {
    annotations: [],
    undoStack: [],
    redoStack: [],
    open: async (documentId, projectId) => {
      set({ documentId, projectId, annotations: [], undoStack: [], redoStack: [] });
      const annotations = await annotationsOf(db(), documentId);
      if (get().documentId === documentId) set({ annotations });
    },
    reload: async () => {
      const { documentId } = get();
      if (!documentId) return;
      const annotations = await annotationsOf(db(), documentId);
      if (get().documentId === documentId) set({ annotations });
    },
    close: () =>
      set({
        documentId: undefined,
        projectId: undefined,
        annotations: [],
        undoStack: [],
        redoStack: [],
      }),
    create: async (target, body) => {
      const { documentId, projectId } = get();
      if (!documentId || !projectId) throw new Error('no document is open');
      const now = new Date().toISOString();
      const annotation: Annotation = {
        id: newId<AnnotationId>(),
        projectId,
        documentId,
        target,
        body,
        createdAt: now,
        updatedAt: now,
      };
      await commit([{ id: annotation.id, after: annotation }], 'do');
      return annotation;
    },
    update: async (id, patch) => {
      const before = get().annotations.find((a) => a.id === id);
      if (!before) throw new Error(`annotation ${id} is not open`);
      const after: Annotation = { ...before, ...patch, updatedAt: new Date().toISOString() };
      await commit([{ id, before, after }], 'do');
    },
    remove: async (ids) => {
      const wanted = new Set(ids);
      const changes = get()
        .annotations.filter((a) => wanted.has(a.id))
        .map((before) => ({ id: before.id, before }));
      await commit(changes, 'do');
    },
    addMany: async (annotations) => {
      const { documentId, projectId } = get();
      if (!documentId || !projectId) throw new Error('no document is open');
      const known = new Set(get().annotations.map((a) => a.id));
      const changes = annotations
        .filter((a) => !known.has(a.id))
        .map((a) => ({ id: a.id, after: { ...a, documentId, projectId } }));
      await commit(changes, 'do');
      return changes.length;
    },
    apply: async ({ updates = [], deletes = [] }) => {
      const now = new Date().toISOString();
      const byId = new Map(get().annotations.map((a) => [a.id, a] as const));
      const deleted = new Set(deletes);
      const changes: AnnotationChange[] = [];
      for (const { id, patch } of updates) {
        const before = byId.get(id);
        if (before && !deleted.has(id))
          changes.push({ id, before, after: { ...before, ...patch, updatedAt: now } });
      }
      for (const id of deleted) {
        const before = byId.get(id);
        if (before) changes.push({ id, before });
      }
      await commit(changes, 'do');
    },
    undo: async () => {
      const last = get().undoStack.at(-1);
      if (last) await commit(invert(last), 'undo');
    },
    redo: async () => {
      const next = get().redoStack.at(-1);
      if (next) await commit(next, 'redo');
    },
  };
});
