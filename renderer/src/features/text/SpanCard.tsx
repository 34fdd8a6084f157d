import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationBody } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import { labelById, type LabelSchema } from '../../../../shared/model/labelSchema';
import { CodeLinks } from '../codes/CodeLinks';
import type { AnnotationLookup } from './annotationIndex';
import { RelationSection } from './RelationSection';
import { quoteOf } from './spanText';

export interface CodeSystemRef {
  readonly id: string;
  readonly name: string;
}

interface SpanCardProps {
  readonly annotation: Annotation;
  readonly annotations: readonly Annotation[];
  readonly lookup: AnnotationLookup;
  readonly schema: LabelSchema;
  readonly active: boolean;
  /** Where the span starts, for the expert (line and column). */
  readonly where: string;
  readonly codeSystem?: CodeSystemRef;
  readonly picking: boolean;
  readonly picked?: AnnotationId;
  readonly onSelect: (id: AnnotationId) => void;
  readonly onChangeBody: (id: AnnotationId, body: AnnotationBody) => void;
  readonly onDelete: (id: AnnotationId) => void;
  readonly onReveal: (id: AnnotationId) => void;
  readonly onPick: (picking: boolean) => void;
}

/** One span annotation: collapsed, its label and text; active, everything that can be said of it. */
export function SpanCard(props: SpanCardProps) {
  const { t } = useTranslation();
  const { annotation, schema } = props;
  const labelSelectId = useId();
  const noteId = useId();
  const labelId = annotation.body.labels[0] ?? '';
  const label = labelById(schema, labelId);
  const change = (body: AnnotationBody): void => props.onChangeBody(annotation.id, body);

  return (
    <li
      className={`tp-card${props.active ? ' active' : ''}`}
      style={{ '--label-color': label?.color ?? '#888888' } as React.CSSProperties}
      data-testid="span-card"
      data-annotation-id={annotation.id}
    >
      <button
        type="button"
        className="tp-card-summary"
        aria-expanded={props.active}
        onClick={() =>
          props.active ? props.onReveal(annotation.id) : props.onSelect(annotation.id)
        }
      >
        <span className="tp-card-label">{label?.name ?? labelId}</span>
        <span className="tp-card-where">{props.where}</span>
        <span className="tp-card-quote">{quoteOf(annotation)}</span>
      </button>
      {props.active ? (
        <div className="tp-card-body">
          <label htmlFor={labelSelectId}>{t('text.card.label')}</label>
          <select
            id={labelSelectId}
            value={labelId}
            onChange={(e) => change({ ...annotation.body, labels: [e.target.value] })}
          >
            {label ? null : <option value={labelId}>{labelId}</option>}
            {schema.labels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          <label htmlFor={noteId}>{t('text.card.note')}</label>
          <textarea
            id={noteId}
            key={annotation.updatedAt}
            rows={3}
            defaultValue={annotation.body.rationale ?? ''}
            placeholder={t('text.card.notePlaceholder')}
            onBlur={(e) => {
              const note = e.target.value.trim();
              if (note !== (annotation.body.rationale ?? ''))
                change({ ...annotation.body, rationale: note || undefined });
            }}
          />
          {props.codeSystem ? (
            <section className="tp-codes" aria-label={t('text.card.codes')}>
              <h4>{t('text.card.codes')}</h4>
              <CodeLinks
                codes={annotation.body.codes ?? []}
                system={props.codeSystem.id}
                systemName={props.codeSystem.name}
                suggested={schema.suggestedCodes ?? []}
                onChange={(codes) =>
                  change({ ...annotation.body, codes: codes.length > 0 ? codes : undefined })
                }
              />
            </section>
          ) : null}
          <RelationSection
            source={annotation}
            annotations={props.annotations}
            lookup={props.lookup}
            schema={schema}
            picked={props.picked}
            picking={props.picking}
            onPick={props.onPick}
            onChangeBody={props.onChangeBody}
            onReveal={props.onReveal}
          />
          <button
            type="button"
            className="danger-ghost"
            onClick={() => props.onDelete(annotation.id)}
          >
            {t('text.card.delete')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
