import { useTranslation } from 'react-i18next';
import { anchorOf } from '../../../../shared/compare/rubric';
import type { RubricCriterion, RubricScore } from '../../../../shared/model/answerReview';
import { MAX_SCORE, MIN_SCORE } from '../../../../shared/model/answerReview';
import type { AnnotationId } from '../../../../shared/model/ids';
import { CommentField } from './CommentField';
import { Kbd } from './Kbd';

interface RubricScoresProps {
  readonly answerId: string;
  readonly answerLabel: string;
  readonly rubric: readonly RubricCriterion[];
  readonly scores: readonly RubricScore[];
  readonly disabled: boolean;
  readonly citable?: AnnotationId;
  readonly quoteOf: (id: AnnotationId) => string | undefined;
  readonly onScore: (criterionId: string, score: number, comment?: string) => void;
  readonly onOpenCitation: (id: AnnotationId) => void;
}

const SCORES = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);

export const scoreCommentId = (answerId: string, criterionId: string): string =>
  `comment-score-${answerId}-${criterionId}`;

/** One answer's scores: a radio group per criterion (keys 1–5 when focused), anchors as hints. */
export function RubricScores(props: RubricScoresProps) {
  const { answerId, answerLabel, rubric, scores, disabled } = props;
  const { t } = useTranslation();
  return (
    <section className="rubric" aria-label={t('compare.rubric.for', { answer: answerLabel })}>
      <h3>
        {t('compare.rubric.title')}{' '}
        <span className="muted">
          <Kbd keys="1–5" />
        </span>
      </h3>
      {rubric.map((criterion) => {
        const current = scores.find(
          (s) => s.answerId === answerId && s.criterionId === criterion.id,
        );
        return (
          <fieldset
            key={criterion.id}
            className="rubric-row"
            data-testid="rubric-row"
            data-criterion={criterion.id}
            onKeyDown={(event) => {
              const n = Number(event.key);
              if (
                !disabled &&
                SCORES.includes(n) &&
                !(event.target instanceof HTMLTextAreaElement)
              ) {
                event.preventDefault();
                props.onScore(criterion.id, n);
              }
            }}
          >
            <legend title={criterion.description}>{criterion.name}</legend>
            <div className="score-buttons" role="radiogroup" aria-label={criterion.name}>
              {SCORES.map((n) => (
                <button
                  type="button"
                  key={n}
                  role="radio"
                  aria-checked={current?.score === n}
                  disabled={disabled}
                  title={anchorOf(criterion, n)}
                  onClick={() => props.onScore(criterion.id, n)}
                >
                  {n}
                </button>
              ))}
            </div>
            <p className="anchor muted">
              {current ? anchorOf(criterion, current.score) : t('compare.rubric.unscored')}
            </p>
            {current ? (
              <CommentField
                id={scoreCommentId(answerId, criterion.id)}
                label={t('compare.rubric.comment', { criterion: criterion.name })}
                value={current.comment ?? ''}
                disabled={disabled}
                citable={props.citable}
                quoteOf={props.quoteOf}
                onSave={(comment) => props.onScore(criterion.id, current.score, comment)}
                onOpenCitation={props.onOpenCitation}
              />
            ) : null}
          </fieldset>
        );
      })}
    </section>
  );
}
