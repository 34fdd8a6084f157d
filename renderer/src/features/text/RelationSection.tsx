import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationBody } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import { labelById, type LabelSchema } from '../../../../shared/model/labelSchema';
import {
  allowedRelationTypes,
  checkRelation,
  EVIDENCE_RELATION,
  withoutRelation,
  withRelation,
  type RelationProblemKind,
} from '../../../../shared/model/relations';
import type { AnnotationLookup } from './annotationIndex';
import { quoteOf, spanOf } from './spanText';

interface RelationSectionProps {
  readonly source: Annotation;
  readonly annotations: readonly Annotation[];
  readonly lookup: AnnotationLookup;
  readonly schema: LabelSchema;
  /** A target chosen by clicking a span in the text while picking. */
  readonly picked?: AnnotationId;
  readonly picking: boolean;
  readonly onPick: (picking: boolean) => void;
  readonly onChangeBody: (id: AnnotationId, body: AnnotationBody) => void;
  readonly onReveal: (id: AnnotationId) => void;
}

const TARGETS_LISTED = 200;

/** A span's relations, both ways, and the form that adds one allowed by the schema. */
export function RelationSection(props: RelationSectionProps) {
  const { t } = useTranslation();
  const { source, annotations, schema } = props;
  const typeId = useId();
  const targetId = useId();
  const { lookup } = props;
  const { outgoing, incoming } = useMemo(() => lookup.relationsOf(source.id), [lookup, source.id]);
  const types = allowedRelationTypes(schema, source.body.labels);
  const [type, setType] = useState(types[0]?.id ?? '');
  const [target, setTarget] = useState<AnnotationId | ''>('');
  const [problem, setProblem] = useState<RelationProblemKind>();
  const [adding, setAdding] = useState(false);
  const chosenType = types.find((x) => x.id === type) ?? types[0];

  // A span picked in the text becomes the target (once per pick).
  const [seenPick, setSeenPick] = useState(props.picked);
  if (props.picked !== seenPick) {
    setSeenPick(props.picked);
    if (props.picked) {
      setTarget(props.picked);
      setAdding(true);
    }
  }

  // The target list scans every span: only built while the form is open.
  const candidates = useRelationCandidates(
    annotations,
    source,
    schema,
    adding ? chosenType?.id : undefined,
    adding,
  );

  const typeName = (id: string): string =>
    id === EVIDENCE_RELATION
      ? t('text.relations.evidence')
      : (schema.relationTypes.find((x) => x.id === id)?.name ?? id);
  const describe = (a: Annotation): string => {
    const label = labelById(schema, a.body.labels[0] ?? '')?.name ?? a.body.labels[0] ?? '';
    return a.target.kind === 'document'
      ? t('text.relations.documentNote')
      : t('text.relations.spanOption', { label, quote: quoteOf(a) });
  };

  const add = (): void => {
    if (!chosenType || !target) return;
    const relation = { type: chosenType.id, targetId: target };
    const found = checkRelation(
      schema,
      source,
      relation,
      annotations.find((a) => a.id === target),
    );
    setProblem(found);
    if (found) return;
    props.onChangeBody(source.id, withRelation(source.body, relation));
    setTarget('');
    props.onPick(false);
  };

  return (
    <section className="tp-relations" aria-label={t('text.relations.title')}>
      <h4>{t('text.relations.title')}</h4>
      {outgoing.length + incoming.length === 0 ? (
        <p className="help">{t('text.relations.none')}</p>
      ) : (
        <ul className="tp-relation-list">
          {outgoing.map(({ relation, other }) => (
            <li key={`out-${relation.type}-${other.id}`} data-testid="relation-item">
              <span className="tp-relation-type">{typeName(relation.type)} →</span>
              <button
                type="button"
                className="link-button"
                onClick={() => props.onReveal(other.id)}
              >
                {describe(other)}
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('text.relations.remove', {
                  type: typeName(relation.type),
                  target: describe(other),
                })}
                onClick={() =>
                  props.onChangeBody(source.id, withoutRelation(source.body, relation))
                }
              >
                ×
              </button>
            </li>
          ))}
          {incoming.map(({ relation, other }) => (
            <li key={`in-${relation.type}-${other.id}`} data-testid="relation-item">
              <button
                type="button"
                className="link-button"
                onClick={() => props.onReveal(other.id)}
              >
                {describe(other)}
              </button>
              <span className="tp-relation-type">→ {typeName(relation.type)}</span>
              {relation.type === EVIDENCE_RELATION ? null : (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('text.relations.remove', {
                    type: typeName(relation.type),
                    target: describe(other),
                  })}
                  onClick={() =>
                    props.onChangeBody(other.id, withoutRelation(other.body, relation))
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {types.length > 0 && !adding ? (
        <button type="button" onClick={() => setAdding(true)}>
          {t('text.relations.addOpen')}
        </button>
      ) : types.length > 0 ? (
        <div className="tp-relation-form">
          <label htmlFor={typeId}>{t('text.relations.type')}</label>
          <select
            id={typeId}
            value={chosenType?.id ?? ''}
            onChange={(e) => setType(e.target.value)}
          >
            {types.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <label htmlFor={targetId}>{t('text.relations.target')}</label>
          <select
            id={targetId}
            value={target}
            onChange={(e) => setTarget(e.target.value as AnnotationId | '')}
          >
            <option value="">{t('text.relations.chooseTarget')}</option>
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {describe(a)}
              </option>
            ))}
          </select>
          <div className="tp-row">
            <button
              type="button"
              aria-pressed={props.picking}
              onClick={() => props.onPick(!props.picking)}
            >
              {props.picking ? t('text.relations.picking') : t('text.relations.pick')}
            </button>
            <button type="button" className="primary" disabled={!target} onClick={add}>
              {t('text.relations.add')}
            </button>
          </div>
          {problem ? (
            <p className="field-error" role="alert">
              {t(`text.relations.problem.${problem}`)}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="help">{t('text.relations.noTypes')}</p>
      )}
    </section>
  );
}

/** Spans a relation of type `typeId` from `source` may point to, nearest first (when `active`). */
function useRelationCandidates(
  annotations: readonly Annotation[],
  source: Annotation,
  schema: LabelSchema,
  typeId: string | undefined,
  active: boolean,
): Annotation[] {
  return useMemo(() => {
    if (!active) return [];
    const here = spanOf(source)?.start ?? 0;
    const to = schema.relationTypes.find((x) => x.id === typeId)?.to ?? [];
    // The nearest few hundred, kept sorted as we go: no sort of 50,000 spans.
    const best: { a: Annotation; distance: number }[] = [];
    for (const a of annotations) {
      const span = spanOf(a);
      if (!span || a.id === source.id) continue;
      if (to.length > 0 && !a.body.labels.some((l) => to.includes(l))) continue;
      const distance = Math.abs(span.start - here);
      if (best.length === TARGETS_LISTED && distance >= best[best.length - 1]!.distance) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.distance > distance) at--;
      best.splice(at, 0, { a, distance });
      if (best.length > TARGETS_LISTED) best.pop();
    }
    return best.map(({ a }) => a);
  }, [annotations, source, schema, typeId, active]);
}
