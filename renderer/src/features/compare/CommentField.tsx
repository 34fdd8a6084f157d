import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  citationMarker,
  fromEditable,
  parseRationale,
  toEditable,
} from '../../../../shared/model/citations';
import type { AnnotationId } from '../../../../shared/model/ids';
import { Kbd } from './Kbd';

interface CommentFieldProps {
  /** DOM id, so a citation's "cited by" link can bring the keyboard here. */
  readonly id: string;
  readonly label: string;
  /** Stored form: citations as `[[cite:<id>]]`. */
  readonly value: string;
  readonly disabled: boolean;
  /** The source span selected now, which "Cite" adds. */
  readonly citable?: AnnotationId;
  readonly quoteOf: (id: AnnotationId) => string | undefined;
  readonly onSave: (value: string) => void;
  readonly onOpenCitation: (id: AnnotationId) => void;
}

/**
 * A comment that cites source spans. The expert edits `[1]`, `[2]`… (model/citations.ts); the
 * stored text keeps the annotation ids. Each citation below is a link to its span in the source.
 */
export function CommentField(props: CommentFieldProps) {
  const { id, label, value, disabled, citable, quoteOf, onSave, onOpenCitation } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => toEditable(value));
  const [editing, setEditing] = useState(false);
  // A new stored value (undo, sync, another field's save) replaces the draft unless it is being typed.
  const [shown, setShown] = useState(value);
  if (!editing && shown !== value) {
    setShown(value);
    setDraft(toEditable(value));
  }
  const commit = (text: string, ids: readonly AnnotationId[]): void => {
    const next = fromEditable(text, ids);
    if (next !== value) onSave(next);
  };
  const cite = (): void => {
    if (!citable) return;
    const ids = draft.ids.includes(citable) ? draft.ids : [...draft.ids, citable];
    const text = `${draft.text.trimEnd()} [${ids.indexOf(citable) + 1}]`.trimStart();
    setDraft({ text, ids });
    commit(text, ids);
  };
  const cites = parseRationale(value).flatMap((part) => (part.kind === 'cite' ? [part] : []));
  const seen = new Set<string>();
  return (
    <div className="comment-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={draft.text}
        disabled={disabled}
        data-testid="comment-input"
        onFocus={() => setEditing(true)}
        onChange={(event) => setDraft({ text: event.target.value, ids: draft.ids })}
        onBlur={() => {
          setEditing(false);
          commit(draft.text, draft.ids);
        }}
        onKeyDown={(event) => {
          if (event.altKey && event.key.toLowerCase() === 'c') {
            event.preventDefault();
            cite();
          }
        }}
      />
      <div className="comment-actions">
        <button
          type="button"
          disabled={disabled || !citable}
          title={citable ? undefined : t('compare.cite.selectFirst')}
          onMouseDown={(event) => event.preventDefault()}
          onClick={cite}
        >
          {t('compare.cite.button')} <Kbd keys="Alt+C" />
        </button>
        {cites.map((c) => {
          if (seen.has(c.id)) return null;
          seen.add(c.id);
          const quote = quoteOf(c.id);
          return (
            <button
              type="button"
              key={c.id}
              className="citation-chip"
              data-testid="citation"
              data-cites={c.id}
              title={citationMarker(c.id)}
              onClick={() => onOpenCitation(c.id)}
            >
              [{c.number}]{' '}
              {quote
                ? `“${quote.slice(0, 60)}${quote.length > 60 ? '…' : ''}”`
                : t('compare.cite.missing')}
            </button>
          );
        })}
      </div>
    </div>
  );
}
