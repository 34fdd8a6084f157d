import { useTranslation } from 'react-i18next';
import type { LabelDef, RelationTypeDef } from '../../../../shared/model/labelSchema';
import type { SchemaIssue } from '../../../../shared/model/schemaValidation';
import { FieldError } from './FieldError';
import { issueAt } from './issueText';
import { newDraftId } from './schemaDraft';

interface RelationTypeRowsProps {
  readonly types: readonly RelationTypeDef[];
  readonly labels: readonly LabelDef[];
  readonly issues: readonly SchemaIssue[];
  readonly onChange: (types: RelationTypeDef[]) => void;
}

export function RelationTypeRows({ types, labels, issues, onChange }: RelationTypeRowsProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<RelationTypeDef>): void =>
    onChange(types.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const ends = (i: number, end: 'from' | 'to', type: RelationTypeDef) => {
    const error = issueAt(issues, `relationTypes.${i}.${end}`, t);
    return (
      <td>
        <select
          multiple
          size={Math.min(4, Math.max(2, labels.length))}
          aria-label={t(end === 'from' ? 'schema.relationFrom' : 'schema.relationTo', { n: i + 1 })}
          aria-invalid={Boolean(error)}
          value={[...type[end]]}
          onChange={(e) => set(i, { [end]: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {labels.map((label) => (
            <option key={label.id} value={label.id}>
              {label.name || '…'}
            </option>
          ))}
        </select>
        <FieldError id={`relation-${i}-${end}-error`} message={error} />
      </td>
    );
  };
  return (
    <fieldset className="schema-section">
      <legend>{t('schema.relationTypes')}</legend>
      <p className="help">{t('schema.relationHelp')}</p>
      <table className="schema-table">
        <thead>
          <tr>
            <th>{t('schema.name')}</th>
            <th>{t('schema.from')}</th>
            <th>{t('schema.to')}</th>
            <th>
              <span className="visually-hidden">{t('schema.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {types.map((type, i) => {
            const nameError =
              issueAt(issues, `relationTypes.${i}.name`, t) ??
              issueAt(issues, `relationTypes.${i}.id`, t);
            return (
              <tr key={type.id} data-testid="schema-relation-row">
                <td>
                  <input
                    aria-label={t('schema.relationName', { n: i + 1 })}
                    value={type.name}
                    aria-invalid={Boolean(nameError)}
                    onChange={(e) => set(i, { name: e.target.value })}
                  />
                  <FieldError id={`relation-${i}-name-error`} message={nameError} />
                </td>
                {ends(i, 'from', type)}
                {ends(i, 'to', type)}
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('schema.remove', { name: type.name })}
                    onClick={() => onChange(types.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() => onChange([...types, { id: newDraftId(), name: '', from: [], to: [] }])}
      >
        {t('schema.addRelationType')}
      </button>
    </fieldset>
  );
}
