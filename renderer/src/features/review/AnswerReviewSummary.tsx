import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewSummary, type ScoreLine } from '../../../../shared/compare/summary';
import type { AnnotationBody } from '../../../../shared/model/annotation';
import type { AnswerReviewPayload } from '../../../../shared/model/answerReview';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import { parseRationale } from '../../../../shared/model/citations';
import type { Project } from '../../../../shared/model/project';
import { ensurePayload, storedPayload } from '../compare/taskPayload';
import { Markdown } from '../interview/Markdown';

interface AnswerReviewSummaryProps {
  readonly body: AnnotationBody;
  readonly project: Project;
  /** The whole submission, so citations read as the source passages they point at. */
  readonly annotations: readonly AnnotationWire[];
}

/** The task's answers, for naming them as the expert saw them; undefined until (or unless) known. */
function useTaskAnswers(projectId: string, taskId: string | undefined) {
  const [payload, setPayload] = useState<AnswerReviewPayload>();
  useEffect(() => {
    if (!taskId) return;
    let live = true;
    ensurePayload(projectId, taskId)
      .then(() => storedPayload(taskId))
      .then((found) => {
        if (live) setPayload(found);
      })
      // Without the task the answers are named by their ids; nothing else is lost.
      .catch((error: unknown) => console.warn('answer-review content unavailable', error));
    return () => {
      live = false;
    };
  }, [projectId, taskId]);
  return payload?.answers;
}

/** A comment with its citations shown as the quoted source passages. */
function Comment({ text, quotes }: { text: string; quotes: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  return (
    <span className="review-comment">
      {parseRationale(text).map((part, i) =>
        part.kind === 'text' ? (
          <span key={i}>{part.text}</span>
        ) : (
          <q key={i} className="review-citation" title={t('review.summary.citation')}>
            {quotes.get(part.id) ?? t('review.summary.missingCitation')}
          </q>
        ),
      )}
    </span>
  );
}

/** Criteria down, answers across: each cell the score, what it means, and the comment. */
function ScoreMatrix(props: { scores: readonly ScoreLine[]; quotes: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const answers = [...new Set(props.scores.map((s) => s.answer))];
  const criteria = [...new Set(props.scores.map((s) => s.criterion))];
  const cell = new Map(props.scores.map((s) => [`${s.criterion}\u0000${s.answer}`, s] as const));
  return (
    <table className="review-scores">
      <thead>
        <tr>
          <th scope="col">{t('review.summary.criterion')}</th>
          {answers.map((answer) => (
            <th key={answer} scope="col">
              {answer}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {criteria.map((criterion) => (
          <tr key={criterion}>
            <th scope="row">{criterion}</th>
            {answers.map((answer) => {
              const score = cell.get(`${criterion}\u0000${answer}`);
              return (
                <td key={answer}>
                  {score ? (
                    <>
                      <strong>{score.score}</strong>
                      {score.anchor ? <span className="muted"> · {score.anchor}</span> : null}
                      {score.comment ? (
                        <div>
                          <Comment text={score.comment} quotes={props.quotes} />
                        </div>
                      ) : null}
                    </>
                  ) : (
                    <span className="muted">{t('compare.rubric.unscored')}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * An answer review as the reviewer reads it: ranking, rubric scores with their anchors, error
 * marks with the passage and type, and the expert's rewrite; citations quote the source.
 */
export function AnswerReviewSummary({ body, project, annotations }: AnswerReviewSummaryProps) {
  const { t } = useTranslation();
  const answers = useTaskAnswers(project.id, body.review?.taskId);
  const summary = useMemo(
    () =>
      reviewSummary(body, project.labelSchema, answers, (letter) =>
        t('compare.answer', { letter }),
      ),
    [body, project.labelSchema, answers, t],
  );
  const quotes = useMemo(
    () =>
      new Map(
        annotations.flatMap((a) =>
          a.target.kind === 'span' ? [[a.id, a.target.quote.exact] as const] : [],
        ),
      ),
    [annotations],
  );
  if (!summary) return null;
  return (
    <div className="answer-review-summary" data-testid="answer-review-summary">
      {summary.ranking.length > 0 ? (
        <section>
          <h4>{t('compare.ranking.title')}</h4>
          <ol className="review-ranking">
            {summary.ranking.map((r) => (
              <li key={r.answer} value={r.rank}>
                <strong>{r.answer}</strong> <span className="muted">{r.excerpt}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {summary.scores.length > 0 ? (
        <section>
          <h4>{t('compare.rubric.title')}</h4>
          <ScoreMatrix scores={summary.scores} quotes={quotes} />
        </section>
      ) : null}
      <section>
        <h4>{t('compare.errors.title')}</h4>
        {summary.errors.length === 0 ? (
          <p className="muted">{t('compare.errors.none')}</p>
        ) : (
          <ul className="review-errors">
            {summary.errors.map((e, i) => (
              <li key={i}>
                <strong>{e.answer}</strong> · {e.errorType}: <q>{e.quote}</q>
                {e.comment ? (
                  <div>
                    <Comment text={e.comment} quotes={quotes} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {summary.rewrite ? (
        <section>
          <h4>{t('review.summary.rewrite')}</h4>
          <Markdown text={summary.rewrite} className="review-rewrite" />
        </section>
      ) : null}
    </div>
  );
}
