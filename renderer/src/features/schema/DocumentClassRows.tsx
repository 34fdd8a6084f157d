import { useTranslation } from 'react-i18next';
import type { DocumentClassDef } from '../../../../shared/model/labelSchema';
import type { SchemaIssue } from '../../../../shared/model/schemaValidation';
import { FieldError } from './FieldError';
import { issueAt } from './issueText';
import { newDraftId } from './schemaDraft';

interface DocumentClassRowsProps {
  readonly classes: readonly DocumentClassDef[];
  readonly issues: readonly SchemaIssue[];
  readonly onChange: (classes: DocumentClassDef[]) => void;
}

export function DocumentClassRows({ classes, issues, onChange }: DocumentClassRowsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="schema-section">
      <legend>{t('schema.documentClasses')}</legend>
      <ul className="schema-list">
        {classes.map((documentClass, i) => {
          const error =
            issueAt(issues, `documentClasses.${i}.name`, t) ??
            issueAt(issues, `documentClasses.${i}.id`, t);
          return (
            <li key={documentClass.id} data-testid="schema-class-row">
              <input
                aria-label={t('schema.className', { n: i + 1 })}
                value={documentClass.name}
                aria-invalid={Boolean(error)}
                onChange={(e) =>
                  onChange(classes.map((c, j) => (j === i ? { ...c, name: e.target.value } : c)))
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('schema.remove', { name: documentClass.name })}
                onClick={() => onChange(classes.filter((_, j) => j !== i))}
              >
                ×
              </button>
              <FieldError id={`class-${i}-error`} message={error} />
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onChange([...classes, { id: newDraftId(), name: '' }])}>
        {t('schema.addClass')}
      </button>
    </fieldset>
  );
}
