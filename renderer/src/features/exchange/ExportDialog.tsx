import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatById, formatsFor } from '../../../../shared/formats/registry';
import type { ExportItem, ExportResult } from '../../../../shared/formats/types';
import type { DocumentId } from '../../../../shared/model/ids';
import { api } from '../../api';
import { db } from '../../db/schema';
import { Modal } from '../../ui/Modal';
import { collectExportItems } from './collectItems';
import { ReportView } from './ReportView';

interface ExportDialogProps {
  readonly documentIds: readonly DocumentId[];
  readonly onClose: () => void;
}

const encoder = new TextEncoder();

export function ExportDialog({ documentIds, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const formatId = useId();
  const formats = formatsFor('export');
  const [format, setFormat] = useState(formats[0]?.id ?? 'w3c');
  const [items, setItems] = useState<ExportItem[]>();
  const [saved, setSaved] = useState<number>();

  useEffect(() => {
    void collectExportItems(db(), documentIds).then(setItems);
  }, [documentIds]);

  const result = useMemo<ExportResult | undefined>(
    () => (items ? formatById(format)?.export?.(items) : undefined),
    [items, format],
  );

  const save = async (): Promise<void> => {
    if (!result) return;
    let count = 0;
    for (const file of result.files) {
      const answer = await api.invoke('files:save', {
        suggestedName: file.name,
        mediaType: file.mediaType,
        bytes: encoder.encode(file.text),
      });
      if (answer.status === 'saved') count++;
    }
    setSaved(count);
  };

  return (
    <Modal titleId={titleId} onCancel={onClose} testId="export-dialog">
      <h2 id={titleId}>{t('exchange.exportTitle', { count: documentIds.length })}</h2>
      <label htmlFor={formatId}>{t('exchange.format')}</label>
      <select
        id={formatId}
        value={format}
        onChange={(e) => setFormat(e.target.value as typeof format)}
      >
        {formats.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      <p className="help">{formatById(format)?.description}</p>
      {result ? <ReportView report={result.report} /> : <p>{t('common.loading')}</p>}
      {result ? (
        <p className="help">
          {t('exchange.files', { names: result.files.map((f) => f.name).join(', ') })}
        </p>
      ) : null}
      {saved !== undefined ? <p role="status">{t('exchange.saved', { count: saved })}</p> : null}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('exchange.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!result || result.files.length === 0}
          onClick={() => void save()}
        >
          {t('exchange.save')}
        </button>
      </div>
    </Modal>
  );
}
