import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { citingIndex } from '../../../../shared/compare/citing';
import { reviewCompleteness } from '../../../../shared/compare/completeness';
import { orderOf } from '../../../../shared/compare/ranking';
import type { AnswerReviewPayload } from '../../../../shared/model/answerReview';
import type { AnnotationId } from '../../../../shared/model/ids';
import { PdfPane } from '../pdf/PdfPane';
import { TextPane } from '../text/TextPane';
import type { PaneProps } from '../workspace/paneProps';
import { AnswerColumn } from './AnswerColumn';
import { CitedBy } from './CitedBy';
import { DiffView } from './DiffView';
import { Kbd } from './Kbd';
import { Markdown } from '../interview/Markdown';
import { RankingList } from './RankingList';
import { RewriteEditor } from './RewriteEditor';
import { COMPARE_KEYS, useCompareKeys } from './useCompareKeys';
import { useReviewActions } from './useReviewActions';
import { useReviewDraft } from './useReviewDraft';
import { useSyncedScroll } from './useSyncedScroll';
import { answerLetter } from '../../../../shared/compare/summary';
import './compare.css';

interface CompareWorkspaceProps extends PaneProps {
  readonly taskId: string;
  readonly payload: AnswerReviewPayload;
  readonly locked: boolean;
}

/**
 * An answer review: the source document on the left (evidence is selected there, labelled with
 * the project's evidence label), the prompt, the ranking, the answers side by side or as a diff,
 * and the rewrite on the right. Everything the expert does is one annotation (useReviewDraft).
 */
export function CompareWorkspace(props: CompareWorkspaceProps) {
  const { payload, schema, taskId, locked, annotations, selectedId, onSelect } = props;
  const { t } = useTranslation();
  const draft = useReviewDraft(annotations, taskId, props.onCreate, props.onUpdate);
  const act = useReviewActions(draft, payload, schema, taskId);
  const [diff, setDiff] = useState(false);
  const [rendered, setRendered] = useState(false);
  const scroll = useSyncedScroll(true);
  const labels = useMemo(
    () =>
      new Map(
        payload.answers.map((a, i) => [a.id, t('compare.answer', { letter: answerLetter(i) })]),
      ),
    [payload, t],
  );
  const labelOf = (id: string): string => labels.get(id) ?? id;
  const spans = annotations.filter((a) => a.target.kind === 'span');
  const quoteOf = (id: AnnotationId): string | undefined => {
    const target = spans.find((a) => a.id === id)?.target;
    return target?.kind === 'span' ? target.quote.exact : undefined;
  };
  const citable = spans.some((a) => a.id === selectedId) ? selectedId : undefined;
  const order =
    orderOf(draft.body.ranking?.answers, payload.answers) ?? payload.answers.map((a) => a.id);
  const rankOf = new Map((draft.body.ranking?.answers ?? []).map((r) => [r.id, r.rank] as const));
  const problems = reviewCompleteness(annotations, taskId, payload, schema);
  const citing = citingIndex(draft.review);
  const criterionName = (id: string): string => schema.rubric?.find((c) => c.id === id)?.name ?? id;
  const rewrite = draft.review.rewrite ?? '';

  useCompareKeys(
    useMemo(
      () => ({
        toggleDiff: () => setDiff((d) => !d),
        toggleRendered: () => setRendered((r) => !r),
        focusRewrite: () =>
          document
            .querySelector<HTMLElement>(
              '#rewrite-editor textarea, #rewrite-editor .native-edit-context',
            )
            ?.focus(),
        focusRanking: () => document.querySelector<HTMLElement>('[data-rank-id]')?.focus(),
        focusAnswer: (index: number) =>
          document
            .querySelectorAll<HTMLElement>('[data-testid="answer-text"]')
            .item(index)
            ?.focus(),
      }),
      [],
    ),
  );

  const Pane = props.document.kind === 'pdf' ? PdfPane : TextPane;
  return (
    <div className="compare-workspace" data-testid="compare-workspace">
      <div className="compare-source">
        <Pane {...props} annotations={spans} />
        {citable ? (
          <CitedBy
            quote={quoteOf(citable) ?? ''}
            items={citing.get(citable) ?? []}
            labelOf={labelOf}
            criterionName={criterionName}
          />
        ) : null}
      </div>
      <div className="compare-main">
        <section className="compare-prompt" aria-labelledby="prompt-title">
          <h2 id="prompt-title">{t('compare.prompt')}</h2>
          <Markdown text={payload.prompt} />
        </section>
        <div className="compare-toolbar" role="toolbar" aria-label={t('compare.toolbar')}>
          <button type="button" aria-pressed={diff} onClick={() => setDiff(!diff)}>
            {t('compare.diff.toggle')} <Kbd keys={COMPARE_KEYS.diff} />
          </button>
          <button type="button" aria-pressed={rendered} onClick={() => setRendered(!rendered)}>
            {t('compare.renderedToggle')} <Kbd keys={COMPARE_KEYS.rendered} />
          </button>
          <span className="muted">
            {t('compare.keys.answer')} <Kbd keys={COMPARE_KEYS.answer} /> ·{' '}
            {t('compare.keys.ranking')} <Kbd keys={COMPARE_KEYS.ranking} /> ·{' '}
            {t('compare.keys.evidence')}
          </span>
        </div>
        <RankingList
          order={order}
          ranked={draft.body.ranking !== undefined}
          labelOf={labelOf}
          disabled={locked}
          onChange={act.rank}
        />
        <section
          className={`review-problems${problems.length === 0 ? ' done' : ''}`}
          data-testid="review-problems"
          data-count={problems.length}
          aria-live="polite"
        >
          {problems.length === 0 ? (
            <p>{t('compare.complete')}</p>
          ) : (
            <details>
              <summary>{t('compare.remaining', { count: problems.length })}</summary>
              <ul>
                {problems.map((p) => (
                  <li key={p.message}>{p.message}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
        {diff ? (
          <DiffView
            sides={[
              ...payload.answers.map((a) => ({ id: a.id, label: labelOf(a.id), text: a.text })),
              { id: '\u0000rewrite', label: t('compare.rewrite.title'), text: rewrite },
            ]}
          />
        ) : (
          <div className="answer-columns">
            {payload.answers.map((answer) => (
              <AnswerColumn
                key={answer.id}
                answer={answer}
                label={labelOf(answer.id)}
                rank={rankOf.get(answer.id)}
                rubric={schema.rubric ?? []}
                errorTypes={schema.errorTypes ?? []}
                scores={draft.review.scores.filter((s) => s.answerId === answer.id)}
                marks={draft.review.errors.filter((m) => m.answerId === answer.id)}
                rendered={rendered}
                disabled={locked}
                citable={citable}
                quoteOf={quoteOf}
                registerBody={scroll.register(answer.id)}
                onScroll={scroll.onScroll}
                onScore={(criterionId, score, comment) =>
                  act.score(answer.id, criterionId, score, comment)
                }
                onMark={(start, end, type) => act.mark(answer.id, start, end, type)}
                onChangeMark={act.changeMark}
                onDeleteMark={act.deleteMark}
                onOpenCitation={(id) => onSelect(id)}
              />
            ))}
          </div>
        )}
        <RewriteEditor
          value={rewrite}
          disabled={locked}
          starters={payload.answers.map((a) => ({ label: labelOf(a.id), text: a.text }))}
          onSave={act.rewrite}
        />
      </div>
    </div>
  );
}
