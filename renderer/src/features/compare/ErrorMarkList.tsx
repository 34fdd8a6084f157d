import { useTranslation } from 'react-i18next';
import type { ErrorMark, ErrorTypeDefinition } from '../../../../shared/model/answerReview';
import type { AnnotationId } from '../../../../shared/model/ids';
import { CommentField } from './CommentField';

interface ErrorMarkListProps {
  readonly marks: readonly ErrorMark[];
  readonly errorTypes: readonly ErrorTypeDefinition[];
  readonly disabled: boolean;
  readonly citable?: AnnotationId;
  readonly quoteOf: (id: AnnotationId) => string | undefined;
  readonly onChange: (mark: ErrorMark) => void;
  readonly onDelete: (markId: string) => void;
  readonly onOpenCitation: (id: AnnotationId) => void;
}

export const markCommentId = (markId: string): string => `comment-mark-${markId}`;

/** The error marks of one answer: type, the passage, and a comment that can cite the source. */
export function ErrorMarkList(props: ErrorMarkListProps) {
  const { marks, errorTypes, disabled } = props;
  const { t } = useTranslation();
  if (marks.length === 0) return <p className="muted">{t('compare.errors.none')}</p>;
  return (
    <ul className="error-marks">
      {marks.map((mark) => (
        <li
          key={mark.id}
          data-testid="error-mark"
          data-mark-id={mark.id}
          data-type={mark.errorType}
        >
          <div className="error-mark-head">
            <select
              aria-label={t('compare.errors.type')}
              value={mark.errorType}
              disabled={disabled}
              onChange={(event) => props.onChange({ ...mark, errorType: event.target.value })}
            >
              {errorTypes.map((type) => (
                <option key={type.id} value={type.id}>
                  {type.name}
                </option>
              ))}
            </select>
            <q className="error-quote">{mark.quote}</q>
            <button
              type="button"
              disabled={disabled}
              aria-label={t('compare.errors.remove')}
              onClick={() => props.onDelete(mark.id)}
            >
              ✕
            </button>
          </div>
          <CommentField
            id={markCommentId(mark.id)}
            label={t('compare.errors.comment')}
            value={mark.comment ?? ''}
            disabled={disabled}
            citable={props.citable}
            quoteOf={props.quoteOf}
            onSave={(comment) => {
              const { comment: _old, ...rest } = mark;
              props.onChange(comment ? { ...rest, comment } : rest);
            }}
            onOpenCitation={props.onOpenCitation}
          />
        </li>
      ))}
    </ul>
  );
}
