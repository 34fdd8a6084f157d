import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/model/annotation';
import { labelById, type LabelSchema } from '../../../../shared/model/labelSchema';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { AnnotationPatch } from '../../stores/useAnnotationStore';

interface AnnotationItemProps {
  readonly annotation: Annotation;
  readonly schema: LabelSchema;
  readonly selected: boolean;
  readonly onSelect: (id: AnnotationId) => void;
  readonly onUpdate: (id: AnnotationId, patch: AnnotationPatch) => Promise<void>;
  readonly onDelete: (ids: readonly AnnotationId[]) => Promise<void>;
}

function describeTarget(annotation: Annotation): { quote: string; page?: number } {
  const target = annotation.target;
  if (target.kind === 'span')
    return { quote: target.quote.exact, page: target.pages?.[0]?.pageIndex };
  if (target.kind === 'region') return { quote: '', page: target.page.pageIndex };
  return { quote: '' };
}

/** One entry of the sidebar; re-renders only when its own props change (see AnnotationSidebar). */
export const AnnotationItem = memo(function AnnotationItem({
  annotation,
  schema,
  selected,
  onSelect,
  onUpdate,
  onDelete,
}: AnnotationItemProps) {
  const { t } = useTranslation();
  const labelSelectId = useId();
  const noteId = useId();
  const labelId = annotation.body.labels[0] ?? '';
  const label = labelById(schema, labelId);
  // A document-level annotation carries document classes; the text pane's Document tab edits it.
  const classNames =
    annotation.target.kind === 'document'
      ? annotation.body.labels
          .map((id) => schema.documentClasses.find((c) => c.id === id)?.name ?? id)
          .join(', ')
      : undefined;
  const { quote, page } = describeTarget(annotation);

  return (
    <li
      className={`annotation-item${selected ? ' selected' : ''}`}
      data-testid="annotation-item"
      data-annotation-id={annotation.id}
      style={{ borderLeftColor: label?.color ?? 'var(--border)' }}
    >
      <button
        type="button"
        className="annotation-summary"
        onClick={() => onSelect(annotation.id)}
        aria-pressed={selected}
      >
        <span className="annotation-label">{classNames ?? label?.name ?? labelId}</span>
        {page !== undefined ? (
          <span className="annotation-page">{t('workspace.page', { page: page + 1 })}</span>
        ) : null}
        <span className="annotation-quote">
          {quote || t(`workspace.kind.${annotation.target.kind}`)}
        </span>
      </button>
      {selected && classNames === undefined ? (
        <div className="annotation-editor">
          <label htmlFor={labelSelectId}>{t('workspace.label')}</label>
          <select
            id={labelSelectId}
            value={labelId}
            onChange={(e) =>
              void onUpdate(annotation.id, {
                body: { ...annotation.body, labels: [e.target.value] },
              })
            }
          >
            {schema.labels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          <label htmlFor={noteId}>{t('workspace.note')}</label>
          <textarea
            id={noteId}
            key={annotation.updatedAt}
            defaultValue={annotation.body.rationale ?? ''}
            rows={3}
            onBlur={(e) => {
              const note = e.target.value;
              if (note !== (annotation.body.rationale ?? '')) {
                void onUpdate(annotation.id, {
                  body: { ...annotation.body, rationale: note || undefined },
                });
              }
            }}
          />
          <button
            type="button"
            className="danger-ghost"
            onClick={() => void onDelete([annotation.id])}
          >
            {t('workspace.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
});
