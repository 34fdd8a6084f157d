import { useTranslation } from 'react-i18next';
import type { LabelDef } from '../../../../shared/model/labelSchema';
import type { SchemaIssue } from '../../../../shared/model/schemaValidation';
import { FieldError } from './FieldError';
import { issueAt } from './issueText';
import { newDraftId, nextColor } from './schemaDraft';

interface LabelRowsProps {
  readonly labels: readonly LabelDef[];
  readonly issues: readonly SchemaIssue[];
  readonly onChange: (labels: LabelDef[]) => void;
}

export function LabelRows({ labels, issues, onChange }: LabelRowsProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<LabelDef>): void =>
    onChange(labels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const move = (i: number, by: number): void => {
    const next = [...labels];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    onChange(next);
  };
  const listIssue = issueAt(issues, 'labels', t);
  return (
    <fieldset className="schema-section">
      <legend>{t('schema.labels')}</legend>
      {listIssue ? <p className="field-error">{listIssue}</p> : null}
      <table className="schema-table">
        <thead>
          <tr>
            <th>{t('schema.name')}</th>
            <th>{t('schema.color')}</th>
            <th>{t('schema.key')}</th>
            <th>
              <span className="visually-hidden">{t('schema.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => {
            const nameError =
              issueAt(issues, `labels.${i}.name`, t) ?? issueAt(issues, `labels.${i}.id`, t);
            const colorError = issueAt(issues, `labels.${i}.color`, t);
            const keyError = issueAt(issues, `labels.${i}.key`, t);
            const errorId = (field: string): string => `label-${i}-${field}-error`;
            return (
              <tr key={label.id} data-testid="schema-label-row">
                <td>
                  <input
                    aria-label={t('schema.labelName', { n: i + 1 })}
                    value={label.name}
                    aria-invalid={Boolean(nameError)}
                    aria-describedby={nameError ? errorId('name') : undefined}
                    onChange={(e) => set(i, { name: e.target.value })}
                  />
                  <FieldError id={errorId('name')} message={nameError} />
                </td>
                <td>
                  <input
                    type="color"
                    aria-label={t('schema.labelColor', { n: i + 1 })}
                    value={/^#[0-9a-f]{6}$/i.test(label.color) ? label.color : '#888888'}
                    aria-invalid={Boolean(colorError)}
                    onChange={(e) => set(i, { color: e.target.value })}
                  />
                  <FieldError id={errorId('color')} message={colorError} />
                </td>
                <td>
                  <input
                    className="schema-key"
                    aria-label={t('schema.labelKey', { n: i + 1 })}
                    value={label.key ?? ''}
                    maxLength={1}
                    aria-invalid={Boolean(keyError)}
                    aria-describedby={keyError ? errorId('key') : undefined}
                    onChange={(e) => set(i, { key: e.target.value || undefined })}
                  />
                  <FieldError id={errorId('key')} message={keyError} />
                </td>
                <td className="schema-row-actions">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={i === 0}
                    aria-label={t('schema.moveUp', { name: label.name })}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={i === labels.length - 1}
                    aria-label={t('schema.moveDown', { name: label.name })}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('schema.remove', { name: label.name })}
                    onClick={() => onChange(labels.filter((_, j) => j !== i))}
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
        onClick={() =>
          onChange([
            ...labels,
            { id: newDraftId(), name: '', color: nextColor(labels.map((l) => l.color)) },
          ])
        }
      >
        {t('schema.addLabel')}
      </button>
    </fieldset>
  );
}
