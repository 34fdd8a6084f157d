import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { validateSchema } from '../../../../shared/model/schemaValidation';
import { listCodeSystems, type CodeSystemInfo } from '../codes/codeSystems';
import { CodeSystemField } from './CodeSystemField';
import { DocumentClassRows } from './DocumentClassRows';
import { issueAt } from './issueText';
import { LabelRows } from './LabelRows';
import { RelationTypeRows } from './RelationTypeRows';
import { finalizeDraft } from './schemaDraft';
import './schema.css';

interface SchemaEditorProps {
  readonly schema: LabelSchema;
  readonly onSave: (schema: LabelSchema) => Promise<void>;
  readonly onCancel?: () => void;
}

/**
 * The local workspace's label schema: labels (name, colour, key), relation types and the labels
 * they join, document classes, and the code system. Saving is refused while anything is invalid;
 * each problem is shown next to its field.
 */
export function SchemaEditor({ schema, onSave, onCancel }: SchemaEditorProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LabelSchema>(schema);
  const [systems, setSystems] = useState<CodeSystemInfo[]>([]);
  const [saved, setSaved] = useState(false);
  const reloadSystems = (): void => void listCodeSystems().then(setSystems);
  useEffect(reloadSystems, []);

  const issues = useMemo(
    () =>
      systems.length === 0
        ? []
        : validateSchema(
            draft,
            systems.map((s) => s.id),
          ),
    [draft, systems],
  );
  const change = (patch: Partial<LabelSchema>): void => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  return (
    <form
      className="schema-editor"
      data-testid="schema-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (issues.length > 0) return;
        void onSave(finalizeDraft(draft)).then(() => setSaved(true));
      }}
    >
      <LabelRows labels={draft.labels} issues={issues} onChange={(labels) => change({ labels })} />
      <RelationTypeRows
        types={draft.relationTypes}
        labels={draft.labels}
        issues={issues}
        onChange={(relationTypes) => change({ relationTypes })}
      />
      <DocumentClassRows
        classes={draft.documentClasses}
        issues={issues}
        onChange={(documentClasses) => change({ documentClasses })}
      />
      <CodeSystemField
        value={draft.codeSystem}
        suggested={draft.suggestedCodes ?? []}
        systems={systems}
        error={issueAt(issues, 'codeSystem', t)}
        onChange={(codeSystem, suggestedCodes) => change({ codeSystem, suggestedCodes })}
        onImported={(id) => {
          reloadSystems();
          change({ codeSystem: id });
        }}
      />
      <div className="modal-actions">
        {issues.length > 0 ? (
          <p className="field-error schema-summary" role="alert">
            {t('schema.invalid', { count: issues.length })}
          </p>
        ) : saved ? (
          <p role="status">{t('schema.saved')}</p>
        ) : null}
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('schema.close')}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={issues.length > 0}>
          {t('schema.save')}
        </button>
      </div>
    </form>
  );
}
