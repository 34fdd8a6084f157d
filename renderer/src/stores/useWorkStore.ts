import { create } from 'zustand';
import type { Annotation } from '../../../shared/model/annotation';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import { isOpenWork, type AssignmentStatus } from '../../../shared/model/assignment';
import type { DocumentId } from '../../../shared/model/ids';
import { checkCompleteness, type CompletenessResult } from '../../../shared/review/completeness';
import type { LabelSchema } from '../../../shared/model/labelSchema';
import type { MyQueue, QueueItem, SubmitResult } from '../../../shared/work/wire';
import { callPlatform, PlatformError } from '../api/platformOps';
import { annotationsOf } from '../db/annotations';
import { useSyncStore } from './useSyncStore';
import { db } from '../db/schema';

const QUEUE_KEY = 'queue';

export type SubmitOutcome =
  | { readonly ok: true; readonly result: SubmitResult }
  | { readonly ok: false; readonly completeness?: CompletenessResult; readonly message?: string };

interface WorkState {
  readonly queue?: MyQueue;
  /** The queue shown is the one saved when last online. */
  readonly offline: boolean;
  readonly error?: string;
  readonly loading: boolean;
  readonly refresh: () => Promise<void>;
  readonly move: (item: QueueItem, status: AssignmentStatus, reason?: string) => Promise<void>;
  /** Checks completeness here first, then sends the document's annotations as the submission. */
  readonly submit: (
    item: QueueItem,
    schema: LabelSchema,
    beforeSend?: () => Promise<void>,
  ) => Promise<SubmitOutcome>;
}

function describe(error: unknown): string {
  if (error instanceof PlatformError)
    return error.failure === 'rejected' ? error.message : error.failure;
  return error instanceof Error ? error.message : String(error);
}

/** The expert's work queue: from the platform when online, from the last copy otherwise. */
export const useWorkStore = create<WorkState>()((set, get) => ({
  offline: false,
  loading: false,
  refresh: async () => {
    set({ loading: true, error: undefined });
    try {
      const queue = await callPlatform('work.queue', {});
      await db().workCache.put({ key: QUEUE_KEY, value: queue, savedAt: new Date().toISOString() });
      set({ queue, offline: false, loading: false });
    } catch (error) {
      const cached = await db().workCache.get(QUEUE_KEY);
      set({
        loading: false,
        offline: cached !== undefined,
        error: describe(error),
        ...(cached ? { queue: cached.value as MyQueue } : {}),
      });
    }
  },
  move: async (item, status, reason) => {
    await callPlatform(
      'assignments.transition',
      { projectId: item.projectId, assignmentId: item.assignmentId },
      { status, ...(reason ? { reason } : {}) },
    );
    // Accepting makes the project hers: sync it now (its documents, its place in Documents).
    if (status === 'accepted') useSyncStore.getState().retry();
    await get().refresh();
  },
  submit: async (item, schema, beforeSend) => {
    const settings = get().queue?.projects.find((p) => p.id === item.projectId)?.settings;
    const annotations = (await annotationsOf(db(), item.documentId as DocumentId)).filter(
      (a) => a.projectId === item.projectId,
    );
    const completeness = checkCompleteness(annotations, schema, {
      requiredLabels: settings?.requiredLabels ?? [],
      minAnnotations: settings?.minAnnotations ?? 0,
    });
    if (!completeness.complete) return { ok: false, completeness };
    try {
      await beforeSend?.();
      const result = await callPlatform(
        'work.submit',
        { projectId: item.projectId, assignmentId: item.assignmentId },
        { annotations: annotations.map(toWire) },
      );
      await get().refresh();
      return { ok: true, result };
    } catch (error) {
      return { ok: false, message: describe(error) };
    }
  },
}));

/** Only the fields the wire knows (local-only fields never leave). */
function toWire(a: Annotation): AnnotationWire {
  const { id, projectId, documentId, target, body, createdAt, updatedAt } = a;
  return {
    id,
    projectId,
    documentId,
    target,
    body,
    createdAt,
    updatedAt,
  } as unknown as AnnotationWire;
}

/** The expert's assignment for a document: open work first, then the latest. */
export function itemForDocument(
  queue: MyQueue | undefined,
  documentId: string,
): QueueItem | undefined {
  const items = (queue?.items ?? []).filter(
    (i) => i.documentId === documentId && i.status !== 'declined',
  );
  return items.find((i) => isOpenWork(i.status)) ?? items.at(-1);
}
