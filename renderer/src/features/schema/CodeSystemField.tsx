import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idFromName } from '../../../../shared/model/schemaValidation';
import { forgetCodeSearch } from '../codes/codeSearchClient';
import { saveCodeSystem, type CodeSystemInfo } from '../codes/codeSystems';
import { FieldError } from './FieldError';

interface CodeSystemFieldProps {
  readonly value?: string;
  readonly suggested: readonly string[];
  readonly systems: readonly CodeSystemInfo[];
  readonly error?: string;
  readonly onChange: (codeSystem: string | undefined, suggested: string[]) => void;
  /** After a list was imported: the caller reloads the systems. */
  readonly onImported: (system: string) => void;
}

/** Which code list spans link to, codes the project suggests, and importing a project's own list. */
export function CodeSystemField(props: CodeSystemFieldProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const suggestedId = useId();
  const nameId = useId();
  const fileId = useId();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File>();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();

  const importList = async (): Promise<void> => {
    if (!file || !name.trim()) return;
    const id = idFromName(name, new Set(props.systems.map((s) => s.id)));
    try {
      const count = await saveCodeSystem(id, name.trim(), await file.text());
      forgetCodeSearch(id);
      setStatus({ ok: true, text: t('schema.imported', { count, name: name.trim() }) });
      props.onImported(id);
    } catch {
      setStatus({ ok: false, text: t('schema.importFailed', { name: file.name }) });
    }
  };

  return (
    <fieldset className="schema-section">
      <legend>{t('schema.codeSystem')}</legend>
      <label htmlFor={selectId}>{t('schema.codeSystemLabel')}</label>
      <select
        id={selectId}
        value={props.value ?? ''}
        aria-invalid={Boolean(props.error)}
        onChange={(e) => props.onChange(e.target.value || undefined, [...props.suggested])}
      >
        <option value="">{t('schema.noCodeSystem')}</option>
        {props.value && !props.systems.some((s) => s.id === props.value) ? (
          <option value={props.value}>{props.value}</option>
        ) : null}
        {props.systems.map((system) => (
          <option key={system.id} value={system.id}>
            {system.name}
          </option>
        ))}
      </select>
      <FieldError id={`${selectId}-error`} message={props.error} />
      <label htmlFor={suggestedId}>{t('schema.suggestedCodes')}</label>
      <input
        id={suggestedId}
        value={props.suggested.join(', ')}
        placeholder="I10, E11.9"
        onChange={(e) => props.onChange(props.value, e.target.value.split(/[,\s]+/))}
      />
      <details className="schema-import">
        <summary>{t('schema.importList')}</summary>
        <p className="help">{t('schema.importHelp')}</p>
        <label htmlFor={nameId}>{t('schema.listName')}</label>
        <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={fileId}>{t('schema.listFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".tsv,.txt,text/tab-separated-values,text/plain"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <button type="button" disabled={!file || !name.trim()} onClick={() => void importList()}>
          {t('schema.import')}
        </button>
        {status ? (
          <p role="status" className={status.ok ? 'help' : 'field-error'}>
            {status.text}
          </p>
        ) : null}
      </details>
    </fieldset>
  );
}
