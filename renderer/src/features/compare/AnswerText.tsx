import { forwardRef } from 'react';
import { markedSegments } from '../../../../shared/compare/errorMarks';
import type { ErrorMark } from '../../../../shared/model/answerReview';
import { Markdown } from '../interview/Markdown';

interface AnswerTextProps {
  readonly text: string;
  readonly marks: readonly ErrorMark[];
  /** Rendered (sanitised) markdown instead of the source with its marks. */
  readonly rendered: boolean;
  readonly label: string;
  readonly focusedMark?: string;
  readonly onMarkClick: (markId: string) => void;
}

/**
 * An answer's text. The source view keeps the markdown as text (so a selection maps to offsets)
 * with error marks highlighted; the rendered view is markdown through markdown-it + DOMPurify.
 */
export const AnswerText = forwardRef<HTMLPreElement, AnswerTextProps>(function AnswerText(
  { text, marks, rendered, label, focusedMark, onMarkClick },
  ref,
) {
  if (rendered) return <Markdown text={text} className="answer-rendered" />;
  return (
    <pre
      ref={ref}
      className="answer-source"
      tabIndex={0}
      aria-label={label}
      data-testid="answer-text"
    >
      {markedSegments(text, marks).map((segment) =>
        segment.markIds.length > 0 ? (
          <mark
            key={segment.start}
            className={`error-mark${segment.markIds.includes(focusedMark ?? '') ? ' focused' : ''}`}
            data-marks={segment.markIds.join(' ')}
            onClick={() => onMarkClick(segment.markIds[0] ?? '')}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={segment.start}>{segment.text}</span>
        ),
      )}
    </pre>
  );
});
