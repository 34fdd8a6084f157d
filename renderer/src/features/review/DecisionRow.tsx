import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import type { AnnotationBody } from '../../../../shared/model/annotation';
import type { Project } from '../../../../shared/model/project';
import { AnswerReviewSummary } from './AnswerReviewSummary';

export interface DraftDecision {
  readonly verdict: 'accept' | 'correct' | 'reject';
  readonly reason: string;
  /** For `correct`: the label it should carry. */
  readonly label?: string;
}

interface DecisionRowProps {
  readonly annotation: AnnotationWire;
  readonly project: Project;
  /** The whole submission (an answer review's citations point at its other annotations). */
  readonly annotations: readonly AnnotationWire[];
  readonly decision: DraftDecision;
  readonly onChange: (decision: DraftDecision) => void;
}

function where(annotation: AnnotationWire): string {
  const t = annotation.target;
  if (t.kind === 'span') return `“${t.quote.exact}” [${t.position.start}–${t.position.end}]`;
  if (t.kind === 'region') return `p. ${t.page.pageIndex + 1}`;
  return '—';
}

/** One annotation of the submission and the reviewer's verdict on it (reason required unless accepted). */
export function DecisionRow(props: DecisionRowProps) {
  const { annotation, project, decision, onChange } = props;
  const { t } = useTranslation();
  const name = useId();
  const reasonId = useId();
  const labelName = (id: string) => project.labelSchema.labels.find((l) => l.id === id)?.name ?? id;
  const isAnswerReview = !!annotation.body.review || !!annotation.body.ranking;
  const needsReason = decision.verdict !== 'accept' && decision.reason.trim() === '';
  return (
    <li className="decision-row" data-testid="decision-row" data-annotation={annotation.id}>
      <div className="decision-what">
        {isAnswerReview ? (
          <strong>{t('review.summary.title')}</strong>
        ) : (
          <>
            <strong>{annotation.body.labels.map(labelName).join(', ')}</strong>{' '}
            <span>{where(annotation)}</span>
          </>
        )}
        {annotation.body.rationale ? (
          <div className="muted">{annotation.body.rationale}</div>
        ) : null}
        <AnswerReviewSummary
          body={annotation.body as AnnotationBody}
          project={project}
          annotations={props.annotations}
        />
      </div>
      <fieldset className="decision-verdicts">
        <legend className="visually-hidden">
          {t('review.verdictFor', { what: where(annotation) })}
        </legend>
        {(['accept', 'correct', 'reject'] as const).map((verdict) => (
          <label key={verdict}>
            <input
              type="radio"
              name={name}
              checked={decision.verdict === verdict}
              onChange={() => onChange({ ...decision, verdict })}
            />{' '}
            {t(`review.verdict.${verdict}`)}
          </label>
        ))}
      </fieldset>
      {decision.verdict === 'correct' ? (
        <select
          aria-label={t('review.correctLabel')}
          value={decision.label ?? annotation.body.labels[0] ?? ''}
          onChange={(e) => onChange({ ...decision, label: e.target.value })}
        >
          {project.labelSchema.labels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      ) : null}
      {decision.verdict !== 'accept' ? (
        <div className="decision-reason">
          <label htmlFor={reasonId}>{t('review.reason')}</label>
          <input
            id={reasonId}
            value={decision.reason}
            aria-invalid={needsReason}
            onChange={(e) => onChange({ ...decision, reason: e.target.value })}
          />
        </div>
      ) : null}
    </li>
  );
}
