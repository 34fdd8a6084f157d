import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import type { AnnotationPatch } from '../../stores/useAnnotationStore';
import { AnnotationItem } from './AnnotationItem';

interface AnnotationSidebarProps {
  readonly annotations: readonly Annotation[];
  readonly schema: LabelSchema;
  readonly selectedId?: AnnotationId;
  readonly onSelect: (id: AnnotationId) => void;
  readonly onUpdate: (id: AnnotationId, patch: AnnotationPatch) => Promise<void>;
  readonly onDelete: (ids: readonly AnnotationId[]) => Promise<void>;
}

/** Reading order: by page, then by position in the text; document-level annotations first. */
function orderKey(annotation: Annotation): [number, number] {
  const target = annotation.target;
  if (target.kind === 'span') return [target.pages?.[0]?.pageIndex ?? 0, target.position.start];
  if (target.kind === 'region') return [target.page.pageIndex, -1];
  return [-1, -1];
}

export function AnnotationSidebar(props: AnnotationSidebarProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const visible = useMemo(
    () =>
      props.annotations
        .filter((a) => !filter || a.body.labels.includes(filter))
        .sort((a, b) => {
          const [pa, oa] = orderKey(a);
          const [pb, ob] = orderKey(b);
          return pa - pb || oa - ob;
        }),
    [props.annotations, filter],
  );

  return (
    <aside className="annotation-sidebar" aria-label={t('workspace.annotations')}>
      <div className="sidebar-header">
        <h2>{t('workspace.annotationsCount', { count: props.annotations.length })}</h2>
        <label htmlFor={filterId} className="visually-hidden">
          {t('workspace.filter')}
        </label>
        <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value)}>
          <option value="">{t('workspace.allLabels')}</option>
          {props.schema.labels.map((label) => (
            <option key={label.id} value={label.id}>
              {label.name}
            </option>
          ))}
        </select>
      </div>
      {visible.length === 0 ? (
        <p className="empty-state">{t('workspace.noAnnotations')}</p>
      ) : (
        <ul className="annotation-list">
          {visible.map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              schema={props.schema}
              selected={annotation.id === props.selectedId}
              onSelect={props.onSelect}
              onUpdate={props.onUpdate}
              onDelete={props.onDelete}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
