import { useRef, useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ErrorMark,
  ErrorTypeDefinition,
  ModelAnswer,
  RubricCriterion,
  RubricScore,
} from '../../../../shared/model/answerReview';
import type { AnnotationId } from '../../../../shared/model/ids';
import { AnswerText } from './AnswerText';
import { selectionOffsets } from './answerSelection';
import { ErrorMarkList, markCommentId } from './ErrorMarkList';
import { Kbd } from './Kbd';
import { RubricScores } from './RubricScores';

export interface AnswerColumnProps {
  readonly answer: ModelAnswer;
  readonly label: string;
  readonly rank?: number;
  readonly rubric: readonly RubricCriterion[];
  readonly errorTypes: readonly ErrorTypeDefinition[];
  readonly scores: readonly RubricScore[];
  readonly marks: readonly ErrorMark[];
  readonly rendered: boolean;
  readonly disabled: boolean;
  readonly citable?: AnnotationId;
  readonly quoteOf: (id: AnnotationId) => string | undefined;
  readonly onScroll: (event: UIEvent<HTMLDivElement>) => void;
  readonly registerBody: (element: HTMLDivElement | null) => void;
  readonly onScore: (criterionId: string, score: number, comment?: string) => void;
  readonly onMark: (start: number, end: number, errorType: string) => string | undefined;
  readonly onChangeMark: (mark: ErrorMark) => void;
  readonly onDeleteMark: (markId: string) => void;
  readonly onOpenCitation: (id: AnnotationId) => void;
}

/** One model answer: its text with error marks, the marking tool, its rubric scores. */
export function AnswerColumn(props: AnswerColumnProps) {
  const { answer, label, errorTypes, disabled, registerBody, onScroll } = props;
  const { marks, rendered, citable, quoteOf, onOpenCitation } = props;
  const { t } = useTranslation();
  const textRef = useRef<HTMLPreElement>(null);
  const [errorType, setErrorType] = useState(errorTypes[0]?.id ?? '');
  const [problem, setProblem] = useState<string>();
  const [focusedMark, setFocusedMark] = useState<string>();
  const mark = (): void => {
    const range = textRef.current
      ? selectionOffsets(textRef.current, window.getSelection())
      : undefined;
    if (!range) {
      setProblem(t('compare.errors.selectFirst'));
      return;
    }
    setProblem(props.onMark(range.start, range.end, errorType));
    window.getSelection()?.removeAllRanges();
  };
  return (
    <article
      className="answer-column"
      data-testid="answer-column"
      data-answer={answer.id}
      aria-label={label}
      onKeyDown={(event) => {
        const inField =
          event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
        if (
          !inField &&
          !disabled &&
          event.key.toLowerCase() === 'e' &&
          !event.ctrlKey &&
          !event.metaKey
        ) {
          event.preventDefault();
          mark();
        }
      }}
    >
      <header className="answer-head">
        <h2>
          {label}
          {props.rank !== undefined ? (
            <span className="rank-badge">{t('compare.ranking.rank', { rank: props.rank })}</span>
          ) : null}
        </h2>
        {answer.model ? <span className="muted">{answer.model}</span> : null}
      </header>
      <div className="answer-body" ref={registerBody} onScroll={onScroll}>
        <AnswerText
          ref={textRef}
          text={answer.text}
          marks={marks}
          rendered={rendered}
          label={t('compare.answerText', { answer: label })}
          focusedMark={focusedMark}
          onMarkClick={(id) => {
            setFocusedMark(id);
            document.getElementById(markCommentId(id))?.focus();
          }}
        />
      </div>
      {!disabled ? (
        <div className="mark-tool">
          <select
            aria-label={t('compare.errors.type')}
            value={errorType}
            onChange={(event) => setErrorType(event.target.value)}
          >
            {errorTypes.map((type) => (
              <option key={type.id} value={type.id} title={type.description}>
                {type.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={rendered}
            onMouseDown={(event) => event.preventDefault()}
            onClick={mark}
          >
            {t('compare.errors.mark')} <Kbd keys="E" />
          </button>
          {problem ? (
            <span role="alert" className="notice-error">
              {problem}
            </span>
          ) : null}
        </div>
      ) : null}
      <h3>{t('compare.errors.title')}</h3>
      <ErrorMarkList
        marks={marks}
        errorTypes={errorTypes}
        disabled={disabled}
        citable={citable}
        quoteOf={quoteOf}
        onChange={props.onChangeMark}
        onDelete={props.onDeleteMark}
        onOpenCitation={onOpenCitation}
      />
      <RubricScores
        answerId={answer.id}
        answerLabel={label}
        rubric={props.rubric}
        scores={props.scores}
        disabled={disabled}
        citable={citable}
        quoteOf={quoteOf}
        onScore={props.onScore}
        onOpenCitation={onOpenCitation}
      />
    </article>
  );
}
