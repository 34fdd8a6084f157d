import { useTranslation } from 'react-i18next';
import type { LabelSchema } from '../../../../shared/model/labelSchema';

interface LabelPaletteProps {
  readonly schema: LabelSchema;
  readonly onLabel: (labelId: string) => void;
}

/** The schema's labels as buttons; each labels the current selection (or its key does). */
export function LabelPalette({ schema, onLabel }: LabelPaletteProps) {
  const { t } = useTranslation();
  return (
    <div className="tp-palette" role="toolbar" aria-label={t('text.palette')}>
      {schema.labels.map((label) => (
        <button
          key={label.id}
          type="button"
          className="tp-label"
          style={{ '--label-color': label.color } as React.CSSProperties}
          aria-keyshortcuts={label.key}
          title={
            label.key
              ? t('text.labelAsKey', { label: label.name, key: label.key })
              : t('text.labelAs', { label: label.name })
          }
          // Keep the editor's focus and selection: the click labels what is selected there.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onLabel(label.id)}
        >
          {label.key ? <kbd>{label.key}</kbd> : null}
          <span>{label.name}</span>
        </button>
      ))}
    </div>
  );
}
