/**
 * An in-memory platform that follows the same rules as server/src/services/sync: for tests of
 * clients (the renderer's sync engine too) and for the randomised schedules in simulation.test.ts.
 */
import {
  decideMutation,
  mutationAnnotationId,
  mutationProjectId,
  writesAnnotation,
  type StoredAnnotation,
} from './apply';
import { decodeCursor, encodeCursor } from './cursor';
import type {
  AnnotationChange,
  MutationOutcome,
  PullResponse,
  PushRequest,
  PushResponse,
} from './protocol';
import { checkSequence } from './sequence';
import type { TargetDocument } from './targetCheck';

interface Row extends StoredAnnotation {
  readonly projectId: string;
  readonly version: number;
  readonly annotation?: AnnotationChange['annotation'];
}

export interface FakeServerOptions {
  /** The account each client id belongs to. */
  readonly accountOf: (clientId: string) => string;
  readonly canWrite: (userId: string, projectId: string) => boolean;
  readonly canEditOthers: (userId: string, projectId: string) => boolean;
  /** Whether the user sees others' annotations (default: when they may edit them). */
  readonly canSeeOthers?: (userId: string, projectId: string) => boolean;
  readonly document: (projectId: string, documentId: string) => TargetDocument | undefined;
}

export class FakeServer {
  private readonly rows = new Map<string, Row>();
  private readonly settled = new Map<string, number>();
  private readonly rejections = new Map<string, MutationOutcome>();
  private version = 0;

  constructor(private readonly options: FakeServerOptions) {}

  lastSettled(clientId: string): number {
    return this.settled.get(clientId) ?? 0;
  }

  /** Returns the response, or a gap/ordering error; nothing is applied on error. */
  push(request: PushRequest): PushResponse | { error: 'gap' | 'notIncreasing' } {
    const last = this.lastSettled(request.clientId);
    const check = checkSequence(
      last,
      request.mutations.map((m) => m.id),
    );
    if (!check.ok) return { error: check.error };
    const userId = this.options.accountOf(request.clientId);
    const outcomes: MutationOutcome[] = request.mutations
      .slice(0, check.firstFresh)
      .map(
        (m) =>
          this.rejections.get(`${request.clientId}:${m.id}`) ?? { id: m.id, status: 'applied' },
      );
    let lastId = last;
    const fresh = request.mutations.slice(check.firstFresh);
    // Per project, the annotations this push writes (relations may point at them).
    const pushed = new Map<string, Set<string>>();
    for (const m of fresh) {
      if (!writesAnnotation(m)) continue;
      const ids = pushed.get(m.annotation.projectId) ?? new Set<string>();
      pushed.set(m.annotation.projectId, ids.add(m.annotation.id));
    }
    for (const mutation of fresh) {
      const projectId = mutationProjectId(mutation);
      const key = `${projectId}:${mutationAnnotationId(mutation)}`;
      const existing = this.rows.get(key);
      const canEditOthers = this.options.canEditOthers(userId, projectId);
      const decision = decideMutation(mutation, existing, {
        document: writesAnnotation(mutation)
          ? this.options.document(projectId, mutation.annotation.documentId)
          : undefined,
        actor: {
          userId,
          canWrite: this.options.canWrite(userId, projectId),
          canEditOthers,
          canSeeOthers: this.options.canSeeOthers?.(userId, projectId) ?? canEditOthers,
        },
        annotationOf: (id) => this.rows.get(`${projectId}:${id}`),
        pushedIds: pushed.get(projectId) ?? new Set(),
      });
      if (decision.outcome === 'reject') {
        const outcome: MutationOutcome = {
          id: mutation.id,
          status: 'rejected',
          reason: decision.reason,
        };
        this.rejections.set(`${request.clientId}:${mutation.id}`, outcome);
        outcomes.push(outcome);
      } else {
        if (decision.outcome === 'apply') {
          this.version += 1;
          this.rows.set(key, {
            ...decision.next,
            projectId,
            version: this.version,
            ...(decision.annotation ? { annotation: decision.annotation } : {}),
          });
        }
        outcomes.push({ id: mutation.id, status: 'applied' });
      }
      lastId = mutation.id;
    }
    this.settled.set(request.clientId, lastId);
    return { lastMutationId: lastId, outcomes };
  }

  pull(projectId: string, cursor: string, limit: number, readerId?: string): PullResponse {
    const after = decodeCursor(cursor);
    if (after === undefined) throw new Error('bad cursor');
    const rows = [...this.rows.entries()]
      .filter(([, r]) => r.projectId === projectId && r.version > after)
      .filter(([, r]) => readerId === undefined || r.creatorId === readerId)
      .sort(([, a], [, b]) => a.version - b.version);
    const page = rows.slice(0, limit);
    const changes: AnnotationChange[] = page.map(([key, r]) => ({
      annotationId: key.slice(projectId.length + 1),
      version: r.version,
      deleted: r.deleted,
      ...(r.deleted || !r.annotation ? {} : { annotation: r.annotation }),
    }));
    const lastVersion = page.at(-1)?.[1].version ?? after;
    return { projectId, changes, cursor: encodeCursor(lastVersion), hasMore: rows.length > limit };
  }

  /** The live annotations of a project, by id. */
  snapshot(projectId: string): Map<string, NonNullable<AnnotationChange['annotation']>> {
    const out = new Map<string, NonNullable<AnnotationChange['annotation']>>();
    for (const [key, r] of this.rows) {
      if (r.projectId === projectId && !r.deleted && r.annotation)
        out.set(key.slice(projectId.length + 1), r.annotation);
    }
    return out;
  }
}
