import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeText } from '../../../../shared/files/decodeText';
import { ImportProblem } from '../../../../shared/files/importProblem';
import { formatById, formatsFor } from '../../../../shared/formats/registry';
import type { ImportResult } from '../../../../shared/formats/types';
import type { DocumentContent, DocumentRecord } from '../../../../shared/model/document';
import { api } from '../../api';
import { useAnnotationStore } from '../../stores/useAnnotationStore';
import { Modal } from '../../ui/Modal';
import { ReportView } from './ReportView';

interface ImportAnnotationsDialogProps {
  readonly record: DocumentRecord;
  readonly content: DocumentContent;
  readonly onClose: () => void;
}

/** Reads an annotation file onto the open document: preview what will be added and lost, then add. */
export function ImportAnnotationsDialog({
  record,
  content,
  onClose,
}: ImportAnnotationsDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const formatId = useId();
  const formats = formatsFor('import');
  const [format, setFormat] = useState(formats[0]?.id ?? 'w3c');
  const [result, setResult] = useState<ImportResult>();
  const [problem, setProblem] = useState<string>();
  const [added, setAdded] = useState<number>();

  const choose = async (): Promise<void> => {
    setProblem(undefined);
    setResult(undefined);
    setAdded(undefined);
    const opened = await api.invoke('files:open', {});
    if (opened.status === 'canceled') return;
    if (opened.status === 'refused')
      return setProblem(t(`exchange.refused.${opened.problem}`, { name: opened.name }));
    try {
      const text = decodeText(opened.file.bytes);
      const converter = formatById(format)?.import;
      if (converter) setResult(converter([{ name: opened.file.name, text }], { record, content }));
    } catch (error) {
      setProblem(
        error instanceof ImportProblem
          ? t(`documents.problem.${error.code}`, { name: opened.file.name })
          : t('exchange.unreadable', { name: opened.file.name }),
      );
    }
  };

  const add = async (): Promise<void> => {
    if (result) setAdded(await useAnnotationStore.getState().addMany(result.annotations));
  };

  return (
    <Modal titleId={titleId} onCancel={onClose} testId="import-annotations-dialog">
      <h2 id={titleId}>{t('exchange.importTitle', { name: record.name })}</h2>
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
      <button type="button" onClick={() => void choose()}>
        {t('exchange.chooseFile')}
      </button>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {result ? <ReportView report={result.report} /> : null}
      {added !== undefined ? <p role="status">{t('exchange.added', { count: added })}</p> : null}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('exchange.close')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!result || result.annotations.length === 0 || added !== undefined}
          onClick={() => void add()}
        >
          {t('exchange.add', { count: result?.annotations.length ?? 0 })}
        </button>
      </div>
    </Modal>
  );
}
