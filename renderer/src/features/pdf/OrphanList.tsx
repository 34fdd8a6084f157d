import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import { labelById, type LabelSchema } from '../../../../shared/model/labelSchema';

interface OrphanListProps {
  readonly orphans: readonly Annotation[];
  readonly schema: LabelSchema;
  readonly onSelect: (id: AnnotationId) => void;
}

/** Annotations whose text is no longer found: shown here, kept in the store, never dropped. */
export function OrphanList({ orphans, schema, onSelect }: OrphanListProps) {
  const { t } = useTranslation();
  return (
    <aside className="pdfv-orphans" aria-label={t('pdf.orphans.title')} data-testid="pdf-orphans">
      <h2>{t('pdf.orphans.title')}</h2>
      <p className="pdfv-muted">{t('pdf.orphans.body')}</p>
      <ul>
        {orphans.map((annotation) => {
          const target = annotation.target;
          const labelId = annotation.body.labels[0] ?? '';
          const page = target.kind === 'span' ? target.pages?.[0]?.pageIndex : undefined;
          return (
            <li key={annotation.id}>
              <button
                type="button"
                className="link-button"
                data-annotation-id={annotation.id}
                onClick={() => onSelect(annotation.id)}
              >
                <strong>{labelById(schema, labelId)?.name ?? labelId}</strong>{' '}
                {target.kind === 'span'
                  ? t('pdf.orphans.quote', { quote: target.quote.exact })
                  : null}
              </button>
              {page !== undefined ? (
                <span className="pdfv-muted"> {t('pdf.orphans.wasOn', { page: page + 1 })}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
