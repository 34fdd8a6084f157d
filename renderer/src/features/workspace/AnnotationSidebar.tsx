import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

function inReadingOrder(annotations: readonly Annotation[], filter: string): Annotation[] {
  return annotations
    .filter((a) => !filter || a.body.labels.includes(filter))
    .map((annotation) => ({ annotation, key: orderKey(annotation) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
    .map(({ annotation }) => annotation);
}

/**
 * Every annotation of the document, in reading order. A document may hold thousands: an edit
 * re-renders only the entries whose annotation changed (entries are memoised and get callbacks
 * that stay the same while always calling the latest ones), and the browser lays out and paints
 * only the entries near the view (`content-visibility`), yet every entry stays in the page for
 * find-in-page and assistive technology.
 */
export function AnnotationSidebar(props: AnnotationSidebarProps) {
  const { t } = useTranslation();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const visible = useMemo(
    () => inReadingOrder(props.annotations, filter),
    [props.annotations, filter],
  );
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const onSelect = useCallback((id: AnnotationId) => latest.current.onSelect(id), []);
  const onUpdate = useCallback(
    (id: AnnotationId, patch: AnnotationPatch) => latest.current.onUpdate(id, patch),
    [],
  );
  const onDelete = useCallback((ids: readonly AnnotationId[]) => latest.current.onDelete(ids), []);

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
              onSelect={onSelect}
              onUpdate={onUpdate}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}
