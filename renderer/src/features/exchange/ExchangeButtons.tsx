import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentContent, DocumentRecord } from '../../../../shared/model/document';
import type { DocumentId } from '../../../../shared/model/ids';
import { ExportDialog } from './ExportDialog';
import { ImportAnnotationsDialog } from './ImportAnnotationsDialog';

/** Export… and Import annotations… for the open document. */
export function DocumentExchangeButtons({
  record,
  content,
}: {
  readonly record: DocumentRecord;
  readonly content: DocumentContent;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'import'>();
  return (
    <>
      <button type="button" onClick={() => setOpen('import')}>
        {t('exchange.importAnnotations')}
      </button>
      <button type="button" onClick={() => setOpen('export')}>
        {t('exchange.export')}
      </button>
      {open === 'export' ? (
        <ExportDialog documentIds={[record.id]} onClose={() => setOpen(undefined)} />
      ) : null}
      {open === 'import' ? (
        <ImportAnnotationsDialog
          record={record}
          content={content}
          onClose={() => setOpen(undefined)}
        />
      ) : null}
    </>
  );
}

/** Export all… for a list of documents (a project, or the local workspace). */
export function ExportAllButton({ documentIds }: { readonly documentIds: readonly DocumentId[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={documentIds.length === 0}>
        {t('exchange.exportAll')}
      </button>
      {open ? <ExportDialog documentIds={documentIds} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
