/**
 * Work offline: the platform projects this account belongs to, their tasks with this account's
 * assignments, and the documents those tasks need (record, canonical text and original bytes) are
 * kept in the local database, so a document opens and can be labelled with no network at all.
 */
import type { DocumentRecord } from '../../../shared/model/document';
import type { ProjectId } from '../../../shared/model/ids';
import type { ResultOf } from '../../../shared/platform/operations';
import { workspaceSchemaOf } from '../../../shared/work/projectSchema';
import type { GlossatorDb, ProjectRow, TaskRow } from '../db/schema';
import type { PlatformCaller } from './platformCall';

/** Assignments that mean the document is work in hand (not finished). */
const ACTIVE = new Set([
  'offered',
  'accepted',
  'in_progress',
  'returned',
  'submitted',
  'resubmitted',
]);

const schemaKey = (projectId: string): string => `labelSchema:${projectId}`;

/**
 * Refreshes the project list from the platform (keeping each project's offline choice) and returns
 * the ids to sync; offline, the stored list.
 */
export async function refreshProjects(db: GlossatorDb, call: PlatformCaller): Promise<string[]> {
  const result = await call('projects.list', {});
  if (!result.ok) return (await db.projects.toCollection().primaryKeys()).map(String);
  const projects = result.data as ResultOf<'projects.list'>;
  const fetchedAt = new Date().toISOString();
  await db.transaction('rw', db.projects, db.settings, async () => {
    const known = new Map((await db.projects.toArray()).map((row) => [row.id as string, row]));
    const listed = new Set(projects.map((p) => p.id));
    await db.projects.bulkDelete([...known.keys()].filter((id) => !listed.has(id)) as ProjectId[]);
    await db.projects.bulkPut(
      projects.map((project): ProjectRow => ({
        id: project.id as ProjectId,
        project,
        offline: known.get(project.id)?.offline ?? false,
        fetchedAt,
      })),
    );
    await db.settings.bulkPut(
      projects.map((p) => ({ key: schemaKey(p.id), value: workspaceSchemaOf(p.labelSchema) })),
    );
  });
  return projects.map((p) => p.id);
}

/** Stores each project's tasks with this account's assignment to them. */
export async function refreshTasks(db: GlossatorDb, call: PlatformCaller): Promise<void> {
  const mine = await call('me.assignments', {});
  if (!mine.ok) return;
  const assignments = mine.data as ResultOf<'me.assignments'>;
  const byTask = new Map(assignments.map((a) => [a.taskId, a] as const));
  const projectIds = (await db.projects.toCollection().primaryKeys()).map(String);
  for (const projectId of projectIds) {
    const listed = await call('tasks.list', { projectId });
    if (!listed.ok) continue;
    const rows = (listed.data as ResultOf<'tasks.list'>).map((task): TaskRow => {
      const assignment = byTask.get(task.id);
      return {
        id: task.id,
        projectId: task.projectId as ProjectId,
        documentId: task.documentId,
        title: task.title,
        status: task.status,
        ...(assignment
          ? {
              assignment: {
                id: assignment.id,
                status: assignment.status,
                updatedAt: assignment.updatedAt,
                ...(assignment.reason ? { reason: assignment.reason } : {}),
              },
            }
          : {}),
      };
    });
    await db.transaction('rw', db.tasks, async () => {
      await db.tasks.where('projectId').equals(projectId).delete();
      await db.tasks.bulkPut(rows);
    });
  }
}

/** Documents this computer should hold: all of an offline project's, and those of active tasks. */
async function wantedDocuments(db: GlossatorDb, projectId: string): Promise<Set<string> | 'all'> {
  const project = await db.projects.get(projectId as ProjectId);
  if (project?.offline) return 'all';
  const tasks = await db.tasks.where('projectId').equals(projectId).toArray();
  return new Set(
    tasks.filter((t) => t.assignment && ACTIVE.has(t.assignment.status)).map((t) => t.documentId),
  );
}

/** Downloads one document (record, text, bytes) and stores it in one transaction. */
async function download(
  db: GlossatorDb,
  call: PlatformCaller,
  record: DocumentRecord,
): Promise<boolean> {
  const ref = { projectId: record.projectId, documentId: record.id };
  const [content, file] = await Promise.all([
    call('documents.content', ref),
    call('documents.file', ref),
  ]);
  if (!content.ok || !file.ok) return false;
  const text = content.data as ResultOf<'documents.content'>;
  await db.transaction('rw', db.documents, db.contents, async () => {
    await db.documents.put(record);
    await db.contents.put({
      documentId: record.id,
      bytes: file.data as Uint8Array,
      text: text.text,
      ...(text.pageStarts ? { pageStarts: text.pageStarts } : {}),
    });
  });
  return true;
}

/** Brings every wanted document of every project onto this computer; returns how many it added. */
export async function downloadDocuments(
  db: GlossatorDb,
  call: PlatformCaller,
  only?: string,
): Promise<number> {
  let added = 0;
  const projectIds = only ? [only] : (await db.projects.toCollection().primaryKeys()).map(String);
  for (const projectId of projectIds) {
    const wanted = await wantedDocuments(db, projectId);
    if (wanted !== 'all' && wanted.size === 0) continue;
    const listed = await call('documents.list', { projectId });
    if (!listed.ok) continue;
    for (const record of listed.data as DocumentRecord[]) {
      if (wanted !== 'all' && !wanted.has(record.id)) continue;
      const local = await db.documents.get(record.id);
      if (local?.sha256 === record.sha256 && (await db.contents.get(record.id))) continue;
      if (await download(db, call, record)) added++;
    }
  }
  return added;
}

/** The user's "Make available offline": remember the choice and download the project now. */
export async function makeAvailableOffline(
  db: GlossatorDb,
  call: PlatformCaller,
  projectId: string,
): Promise<number> {
  await db.projects.update(projectId as ProjectId, { offline: true });
  return downloadDocuments(db, call, projectId);
}
