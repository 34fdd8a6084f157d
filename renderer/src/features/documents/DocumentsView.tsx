import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../../shared/model/document';
import { listDocuments } from '../../db/documents';
import { db } from '../../db/schema';
import { useDocumentStore } from '../../stores/useDocumentStore';
import { useNavStore } from '../../stores/useNavStore';
import { ExportAllButton } from '../exchange/ExchangeButtons';
import { DocumentWorkspace } from '../workspace/DocumentWorkspace';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PlatformProjects } from '../sync/PlatformProjects';
import { DocumentTable } from './DocumentTable';
import { ImportNoticeBanner } from './ImportNoticeBanner';
import { PasswordDialog } from './PasswordDialog';

export function DocumentsView() {
  const documentId = useNavStore((s) => s.documentId);
  return documentId ? (
    <DocumentWorkspace key={documentId} documentId={documentId} />
  ) : (
    <DocumentList />
  );
}

function DocumentList() {
  const { t } = useTranslation();
  const openDocument = useNavStore((s) => s.openDocument);
  const documents = useLiveQuery(() => listDocuments(db()), []);
  const { busy, progress, notice, passwordRequest, importFromPicker, remove, dismissNotice } =
    useDocumentStore();
  const [pendingDelete, setPendingDelete] = useState<DocumentRecord>();

  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">{t('documents.title')}</h1>
        <div className="view-actions">
          <ExportAllButton documentIds={documents?.map((d) => d.id) ?? []} />
          <button
            type="button"
            className="primary"
            onClick={() => void importFromPicker()}
            disabled={busy}
          >
            {busy ? t('documents.importing') : t('documents.import')}
          </button>
        </div>
      </header>
      {progress ? (
        <p className="progress" role="status">
          <progress max={progress.total} value={progress.done} />
          {t('documents.progress', progress)}
        </p>
      ) : null}
      {notice ? <ImportNoticeBanner notice={notice} onDismiss={dismissNotice} /> : null}
      <PlatformProjects />
      {documents === undefined ? (
        <p>{t('common.loading')}</p>
      ) : documents.length === 0 ? (
        <p className="empty-state" data-testid="documents-empty">
          {t('documents.empty')}
        </p>
      ) : (
        <DocumentTable
          documents={documents}
          onOpen={(doc) => openDocument(doc.id)}
          onDelete={setPendingDelete}
        />
      )}
      {passwordRequest ? (
        <PasswordDialog key={String(passwordRequest.retry)} request={passwordRequest} />
      ) : null}
      {pendingDelete ? (
        <ConfirmDialog
          title={t('documents.confirmDelete.title')}
          body={t('documents.confirmDelete.body', { name: pendingDelete.name })}
          confirmLabel={t('documents.confirmDelete.confirm')}
          cancelLabel={t('documents.confirmDelete.cancel')}
          danger
          onCancel={() => setPendingDelete(undefined)}
          onConfirm={() => {
            void remove(pendingDelete.id);
            setPendingDelete(undefined);
          }}
        />
      ) : null}
    </section>
  );
}
