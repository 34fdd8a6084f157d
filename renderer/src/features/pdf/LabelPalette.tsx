import { useTranslation } from 'react-i18next';
import type { LabelSchema } from '../../../../shared/model/labelSchema';

interface LabelPaletteProps {
  readonly schema: LabelSchema;
  /** Screen rectangle of what is being labelled; the palette sits just below it. */
  readonly anchor: { readonly left: number; readonly bottom: number };
  readonly kind: 'span' | 'region';
  readonly onLabel: (labelId: string) => void;
}

const WIDTH = 220;

/** The labels of the schema, offered next to a selection or a drawn box, with their keys. */
export function LabelPalette({ schema, anchor, kind, onLabel }: LabelPaletteProps) {
  const { t } = useTranslation();
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - WIDTH - 8));
  const top = Math.min(anchor.bottom + 6, window.innerHeight - 40);
  return (
    <div
      className="pdfv-palette"
      role="toolbar"
      aria-label={t(kind === 'span' ? 'pdf.palette.span' : 'pdf.palette.region')}
      data-testid="pdf-label-palette"
      style={{ left, top, width: WIDTH }}
      // Keep the text selection: a mousedown here must not collapse it.
      onMouseDown={(e) => e.preventDefault()}
    >
      {schema.labels.map((label) => (
        <button
          key={label.id}
          type="button"
          className="pdfv-palette-label"
          onClick={() => onLabel(label.id)}
          title={label.description}
        >
          <span className="pdfv-swatch" style={{ backgroundColor: label.color }} />
          <span>{label.name}</span>
          {label.key ? <kbd>{label.key}</kbd> : null}
        </button>
      ))}
      <p className="pdfv-muted">{t('pdf.palette.hint')}</p>
    </div>
  );
}
