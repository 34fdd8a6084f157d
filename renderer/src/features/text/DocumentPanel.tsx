import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationBody } from '../../../../shared/model/annotation';
import {
  citedAnnotations,
  fromEditable,
  parseRationale,
  toEditable,
} from '../../../../shared/model/citations';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { withEvidenceFromRationale } from '../../../../shared/model/relations';
import { quoteOf } from './spanText';
import type { DocumentChange } from './useDocumentSave';

interface DocumentPanelProps {
  readonly annotations: readonly Annotation[];
  readonly schema: LabelSchema;
  /** The span the expert is on, which "Cite" adds as evidence. */
  readonly activeSpan?: Annotation;
  readonly onSave: (existing: Annotation | undefined, change: DocumentChange) => void;
  readonly onReveal: (id: AnnotationId) => void;
}

/**
 * The document as a whole: its classes from the schema, and a written interpretation whose
 * sentences cite the spans that support them (`[1]`, `[2]` while editing; click one to go there).
 */
export function DocumentPanel(props: DocumentPanelProps) {
  const { t } = useTranslation();
  const existing = props.annotations.find((a) => a.target.kind === 'document');
  const body: AnnotationBody = existing?.body ?? { labels: [] };
  return (
    <section className="tp-document" aria-label={t('text.document.title')}>
      <DocumentClasses
        key={existing?.updatedAt ?? 'new'}
        schema={props.schema}
        labels={body.labels}
        onChange={(labels) => props.onSave(existing, (stored) => ({ ...stored, labels }))}
      />
      <RationaleEditor
        // Remounted only when the stored text changes, so ticking a class keeps an unsaved draft.
        key={body.rationale ?? ''}
        rationale={body.rationale ?? ''}
        annotations={props.annotations}
        activeSpan={props.activeSpan}
        onSave={(rationale) =>
          props.onSave(existing, (stored) =>
            withEvidenceFromRationale({ ...stored, rationale: rationale || undefined }),
          )
        }
        onReveal={props.onReveal}
      />
    </section>
  );
}

interface DocumentClassesProps {
  readonly schema: LabelSchema;
  readonly labels: readonly string[];
  readonly onChange: (labels: string[]) => void;
}

/**
 * The schema's document classes as checkboxes. A tick shows at once, before the store has the
 * change; the parent remounts this (keyed by the annotation's version) when the store catches up.
 */
function DocumentClasses(props: DocumentClassesProps) {
  const { t } = useTranslation();
  const [labels, setLabels] = useState(props.labels);
  return (
    <fieldset className="tp-classes">
      <legend>{t('text.document.classes')}</legend>
      {props.schema.documentClasses.length === 0 ? (
        <p className="help">{t('text.document.noClasses')}</p>
      ) : (
        props.schema.documentClasses.map((documentClass) => (
          <label key={documentClass.id} className="tp-check">
            <input
              type="checkbox"
              checked={labels.includes(documentClass.id)}
              onChange={(e) => {
                const next = e.target.checked
                  ? [...labels, documentClass.id]
                  : labels.filter((l) => l !== documentClass.id);
                setLabels(next);
                props.onChange(next);
              }}
            />
            {documentClass.name}
          </label>
        ))
      )}
    </fieldset>
  );
}

interface RationaleEditorProps {
  readonly rationale: string;
  readonly annotations: readonly Annotation[];
  readonly activeSpan?: Annotation;
  readonly onSave: (rationale: string) => void;
  readonly onReveal: (id: AnnotationId) => void;
}

function RationaleEditor(props: RationaleEditorProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const helpId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [initial] = useState(() => toEditable(props.rationale));
  const [draft, setDraft] = useState(initial.text);
  const [ids, setIds] = useState<AnnotationId[]>(initial.ids);
  const stored = fromEditable(draft, ids);
  const dirty = stored !== props.rationale;
  const byId = useMemo(
    () => citedAnnotations(props.annotations, props.rationale),
    [props.annotations, props.rationale],
  );

  const cite = (): void => {
    const span = props.activeSpan;
    if (!span) return;
    let number = ids.indexOf(span.id) + 1;
    if (number === 0) {
      setIds([...ids, span.id]);
      number = ids.length + 1;
    }
    const input = field.current;
    const at = input?.selectionEnd ?? draft.length;
    const marker = `[${number}]`;
    setDraft(draft.slice(0, at) + marker + draft.slice(at));
    requestAnimationFrame(() => {
      input?.focus();
      input?.setSelectionRange(at + marker.length, at + marker.length);
    });
  };

  return (
    <div className="tp-rationale">
      <label htmlFor={fieldId}>{t('text.document.rationale')}</label>
      <textarea
        id={fieldId}
        ref={field}
        rows={6}
        value={draft}
        aria-describedby={helpId}
        onChange={(e) => setDraft(e.target.value)}
      />
      <p id={helpId} className="help">
        {t('text.document.rationaleHelp')}
      </p>
      <div className="tp-row">
        <button
          type="button"
          disabled={!props.activeSpan}
          title={props.activeSpan ? quoteOf(props.activeSpan) : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={cite}
        >
          {t('text.document.cite')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!dirty}
          onClick={() => props.onSave(stored)}
        >
          {t('text.document.save')}
        </button>
      </div>
      {props.rationale ? (
        <p className="tp-rationale-view" data-testid="rationale-view">
          {parseRationale(props.rationale).map((part, i) => {
            if (part.kind === 'text') return <span key={i}>{part.text}</span>;
            const cited = byId.get(part.id);
            return cited ? (
              <button
                key={i}
                type="button"
                className="tp-citation"
                aria-label={t('text.document.citation', {
                  number: part.number,
                  quote: quoteOf(cited),
                })}
                onClick={() => props.onReveal(part.id)}
              >
                [{part.number}]
              </button>
            ) : (
              <span
                key={i}
                className="tp-citation-missing"
                title={t('text.document.citationMissing')}
              >
                [{part.number}?]
              </span>
            );
          })}
        </p>
      ) : null}
    </div>
  );
}
