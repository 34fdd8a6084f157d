import type { DocumentContent, DocumentRecord } from '../../../../shared/model/document';
import type { DocumentId, ProjectId } from '../../../../shared/model/ids';
import { workspaceSchemaOf } from '../../../../shared/work/projectSchema';
import type { QueueItem } from '../../../../shared/work/wire';
import { browserBase64 } from '../../api/base64';
import { callPlatform } from '../../api/platformOps';
import { saveDocument } from '../../db/documents';
import { db } from '../../db/schema';
import { ensurePayload } from '../compare/taskPayload';

/**
 * Makes a task's document available offline: the document (text and original bytes) into
 * `documents`/`contents`, and the project's label schema where the workspace looks for it
 * (`labelSchema:<projectId>`). A document already here (often fetched by sync, which downloads the
 * documents of active assignments) is left as it is.
 */
export async function ensureOffline(
  item: Pick<QueueItem, 'projectId' | 'documentId'> & Partial<Pick<QueueItem, 'taskId'>>,
): Promise<'present' | 'downloaded'> {
  const database = db();
  const schemaKey = `labelSchema:${item.projectId}`;
  const typeKey = `taskType:${item.projectId}`;
  if (!(await database.settings.get(schemaKey)) || !(await database.settings.get(typeKey))) {
    const project = await callPlatform('projects.get', { projectId: item.projectId });
    await database.settings.put({ key: schemaKey, value: workspaceSchemaOf(project.labelSchema) });
    await database.settings.put({ key: typeKey, value: project.taskType });
  }
  // An answer review's prompt and answers travel with its document.
  if (item.taskId && (await database.settings.get(typeKey))?.value === 'answerReview')
    await ensurePayload(item.projectId, item.taskId);
  if (await database.documents.get(item.documentId as DocumentId)) return 'present';
  const d = await callPlatform('work.download', {
    projectId: item.projectId,
    documentId: item.documentId,
  });
  const record: DocumentRecord = {
    id: d.id as DocumentId,
    projectId: d.projectId as ProjectId,
    name: d.name,
    kind: d.kind,
    mediaType: d.mediaType,
    size: d.size,
    sha256: d.sha256,
    ...(d.pageCount !== undefined ? { pageCount: d.pageCount } : {}),
    charCount: d.charCount,
    warnings: d.warnings,
    createdAt: d.createdAt,
  };
  const content: DocumentContent = {
    documentId: record.id,
    bytes: browserBase64.decode(d.bytesBase64),
    text: d.text,
    ...(d.pageStarts ? { pageStarts: d.pageStarts } : {}),
  };
  // Sync downloads assigned documents too: whoever writes second finds it there and keeps it.
  return database.transaction('rw', database.documents, database.contents, async () => {
    if (await database.documents.get(record.id)) return 'present' as const;
    await saveDocument(database, record, content);
    return 'downloaded' as const;
  });
}

/** Downloads several tasks' documents one after the other; reports how many were new. */
export async function downloadMany(
  items: readonly QueueItem[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ downloaded: number; present: number }> {
  let downloaded = 0;
  let present = 0;
  for (const [index, item] of items.entries()) {
    if ((await ensureOffline(item)) === 'downloaded') downloaded++;
    else present++;
    onProgress?.(index + 1, items.length);
  }
  return { downloaded, present };
}
