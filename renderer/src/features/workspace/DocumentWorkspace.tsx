import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationId, DocumentId } from '../../../../shared/model/ids';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { loadContent } from '../../db/documents';
import { db } from '../../db/schema';
import { useAnnotationStore } from '../../stores/useAnnotationStore';
import { useNavStore } from '../../stores/useNavStore';
import { useSchemaStore } from '../../stores/useSchemaStore';
import { PdfPane } from '../pdf/PdfPane';
import { useGuardedDelete } from '../relations/useGuardedDelete';
import { TextPane } from '../text/TextPane';
import { preloadTextEditor } from '../text/useTextEditor';
import { DocumentExchangeButtons } from '../exchange/ExchangeButtons';
import { AnnotationSidebar } from './AnnotationSidebar';
import type { PaneProps } from './paneProps';
import { useUndoShortcuts } from './useUndoShortcuts';
import { TaskBar } from '../queue/TaskBar';
import { useTaskForDocument } from '../queue/useTaskForDocument';
import { CompareWorkspace } from '../compare/CompareWorkspace';
import { useTaskPayload } from '../compare/useTaskPayload';

/** One document open for labelling: its pane, its annotations, and the way back to the list. */
export function DocumentWorkspace({ documentId }: { readonly documentId: DocumentId }) {
  const { t } = useTranslation();
  const record = useLiveQuery(() => db().documents.get(documentId), [documentId], null);
  const content = useLiveQuery(() => loadContent(db(), documentId), [documentId], null);
  const store = useAnnotationStore();
  const [loadedSchema, setSchema] = useState<LabelSchema>();
  // Follows edits made in the schema editor while the document is open.
  const schema =
    useSchemaStore((s) => (record ? s.schemas[record.projectId] : undefined)) ?? loadedSchema;
  const [selectedId, setSelectedId] = useState<AnnotationId>();
  const closeDocument = useNavStore((s) => s.closeDocument);
  useUndoShortcuts();
  const projectId = record?.projectId;
  const task = useTaskForDocument(documentId, projectId);
  const payload = useTaskPayload(task.item);
  // Submitted work is locked: every edit goes through the task's guard.
  const edit = {
    create: task.guard(store.create),
    update: task.guard(store.update),
    remove: task.guard(store.remove),
    apply: task.guard(store.apply),
  };
  const guarded = useGuardedDelete(store.annotations, {
    onUpdate: edit.update,
    onDelete: edit.remove,
    onBatch: edit.apply,
  });
  // A text document's editor loads while its content is read.
  const kind = record?.kind;
  useEffect(() => {
    if (kind === 'text') void preloadTextEditor();
  }, [kind]);
  useEffect(() => {
    if (!projectId) return;
    void useAnnotationStore.getState().open(documentId, projectId);
    void useSchemaStore.getState().load(projectId).then(setSchema);
    return () => useAnnotationStore.getState().close();
  }, [documentId, projectId]);

  if (record === null || content === null) return <p>{t('common.loading')}</p>;
  if (!record || !content) {
    return (
      <section className="view">
        <p role="alert">{t('workspace.missing')}</p>
        <button type="button" onClick={closeDocument}>
          {t('workspace.back')}
        </button>
      </section>
    );
  }

  const Pane = record.kind === 'pdf' ? PdfPane : TextPane;
  // What every pane gets: the document, its annotations and the (task-guarded) edits.
  const paneProps = (labelSchema: LabelSchema): PaneProps => ({
    document: record,
    content,
    annotations: store.annotations,
    schema: labelSchema,
    selectedId,
    onSelect: setSelectedId,
    onCreate: edit.create,
    onUpdate: edit.update,
    onDelete: edit.remove,
    onBatch: edit.apply,
  });
  return (
    <section className="workspace" aria-labelledby="view-title">
      <header className="workspace-header">
        <button type="button" onClick={closeDocument}>
          ← {t('workspace.back')}
        </button>
        <h1 id="view-title">{record.name}</h1>
        <span className="workspace-spacer" />
        <DocumentExchangeButtons record={record} content={content} />
      </header>
      {task.item && schema ? (
        <TaskBar
          item={task.item}
          schema={schema}
          annotations={store.annotations}
          onSelect={setSelectedId}
        />
      ) : null}
      {schema && payload && task.item ? (
        <CompareWorkspace
          {...paneProps(schema)}
          taskId={task.item.taskId}
          payload={payload}
          locked={task.locked}
        />
      ) : schema ? (
        <div className="workspace-body">
          <Pane {...paneProps(schema)} />
          <AnnotationSidebar
            annotations={store.annotations}
            schema={schema}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onUpdate={edit.update}
            onDelete={guarded.requestDelete}
          />
          {guarded.dialog}
        </div>
      ) : null}
    </section>
  );
}
