import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationBody } from '../../../../shared/model/annotation';
import { LOCAL_PROJECT_ID, type AnnotationId } from '../../../../shared/model/ids';
import { useCodeSystem } from '../codes/useCodeSystem';
import { useGuardedDelete } from '../relations/useGuardedDelete';
import { SchemaEditorDialog } from '../schema/SchemaEditorDialog';
import type { PaneProps } from '../workspace/paneProps';
import { DocumentPanel } from './DocumentPanel';
import { LabelPalette } from './LabelPalette';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SpanCard } from './SpanCard';
import { annotationsAt, innermost, lazySpanTable, spanOf } from './spanText';
import { TextInspector } from './TextInspector';
import { TextToolbar } from './TextToolbar';
import { useAnnotationLookup } from './useAnnotationLookup';
import { useDocumentSave } from './useDocumentSave';
import { useEditorKeys } from './useEditorKeys';
import { useEditorSelection } from './useEditorSelection';
import { useFocusDecorations } from './useFocusDecorations';
import { useLabelStyles } from './labelStyles';
import { useOffsets } from './useOffsets';
import { useSpanActions } from './useSpanActions';
import { useSpanDecorations } from './useSpanDecorations';
import { useTextEditor } from './useTextEditor';
import { useViewSettings } from './useViewSettings';
import './text.css';

/**
 * The text labelling pane: the canonical text in a read-only Monaco editor with span decorations,
 * a label palette, and an inspector for what is at the selection (labels, notes, codes, relations)
 * and for the document as a whole. Like every pane it knows nothing of stores: it reports edits
 * through the host's callbacks (which write Dexie and the outbox).
 */
export function TextPane(props: PaneProps) {
  const { t } = useTranslation();
  const { content, annotations, schema, selectedId } = props;
  const text = content.text;
  const host = useRef<HTMLDivElement>(null);
  const [settings, changeSettings] = useViewSettings();
  const [message, setMessage] = useState('');
  const [picking, setPicking] = useState<AnnotationId>();
  const [picked, setPicked] = useState<AnnotationId>();
  const [dialog, setDialog] = useState<'shortcuts' | 'schema'>();
  // Before the editor: its layout effect then finds the label rules in place.
  useLabelStyles(schema);
  const instance = useTextEditor(host, text, {
    fontSize: settings.fontSize,
    wordWrap: settings.wordWrap,
    minimap: settings.minimap,
    ariaLabel: t('text.editorLabel', { name: props.document.name }),
  });
  const index = useOffsets(text, instance);

  useSpanDecorations(instance, annotations, index, schema, text.length);

  /** The id the pane itself last selected, so the host echoing it back does not move the view. */
  const ownSelection = useRef<AnnotationId | undefined>(undefined);
  const { onSelect } = props;
  const select = useCallback(
    (id: AnnotationId | undefined) => {
      ownSelection.current = id;
      onSelect(id);
    },
    [onSelect],
  );
  const announce = useCallback((m: string) => setMessage(m), []);
  const table = useMemo(() => lazySpanTable(annotations), [annotations]);
  const lookup = useAnnotationLookup(annotations);
  const actions = useSpanActions({
    instance,
    index,
    text,
    props,
    table,
    lookup,
    snapWords: settings.snapWords,
    select,
    announce,
    quietly: (move) => editorSelection.quietly(move),
  });
  const { requestDelete, dialog: deleteDialog } = useGuardedDelete(annotations, props);

  // Moving through the text makes the span under the cursor the active one (or picks a target).
  const followSelection = (moved: { start: number; end: number }): void => {
    const at = annotationsAt(table(), moved);
    const under = innermost(at.filter((a) => a.id !== picking));
    if (picking) {
      if (under) setPicked(under.id);
      return;
    }
    if (moved.start === moved.end) select(under?.id);
    else {
      const exact = at.find(
        (a) => spanOf(a)?.start === moved.start && spanOf(a)?.end === moved.end,
      );
      if (exact) select(exact.id);
    }
  };
  const editorSelection = useEditorSelection(instance, index, followSelection);
  const selection = editorSelection.selection;
  const here = useMemo(
    () => (selection ? annotationsAt(table(), selection) : []),
    [table, selection],
  );
  // While a relation's target is being picked, its source stays in view whatever the cursor is on.
  const shown = useMemo(() => {
    const source = picking && annotations.find((a) => a.id === picking);
    return source ? [source, ...here.filter((a) => a.id !== picking)] : here;
  }, [annotations, here, picking]);

  // A span chosen outside the pane (the sidebar) is brought into view.
  useEffect(() => {
    if (!selectedId || selectedId === ownSelection.current) return;
    ownSelection.current = selectedId;
    actions.reveal(selectedId);
  }, [selectedId, actions]);

  const active = lookup.get(selectedId);
  const focus = useMemo(() => {
    if (!active) return { related: [] };
    const { outgoing, incoming } = lookup.relationsOf(active.id);
    const related = [...outgoing, ...incoming].flatMap(({ other }) => {
      const span = spanOf(other);
      return span ? [span] : [];
    });
    return { active: spanOf(active), related };
  }, [active, lookup]);
  useFocusDecorations(instance, index, focus);

  useEditorKeys(
    instance,
    {
      label: actions.labelByKey,
      step: actions.step,
      deleteActive: () => {
        if (active && spanOf(active)) void requestDelete([active.id]);
      },
      openActive: () => {
        if (active)
          document
            .querySelector<HTMLElement>(`[data-annotation-id="${active.id}"] select`)
            ?.focus();
      },
      selectSentence: actions.selectSentence,
    },
    t('text.selectSentence'),
  );

  const changeBody = (id: AnnotationId, body: AnnotationBody): void =>
    void props.onUpdate(id, { body });
  const saveDocument = useDocumentSave(props.onCreate, props.onUpdate, requestDelete);
  const codeSystem = useCodeSystem(schema.codeSystem);
  const where = (a: Annotation): string => {
    const span = spanOf(a);
    if (!span) return '';
    const position = index().positionAt(span.start);
    return t('text.where', { line: position.lineNumber, column: position.column });
  };

  return (
    <div className="text-pane tp-root" data-testid="text-pane">
      <TextToolbar
        settings={settings}
        onChange={changeSettings}
        onFind={() => void instance?.editor.getAction('actions.find')?.run()}
        onGoToLine={() => {
          instance?.editor.focus();
          void instance?.editor.getAction('editor.action.gotoLine')?.run();
        }}
        onShowShortcuts={() => setDialog('shortcuts')}
        onEditSchema={
          props.document.projectId === LOCAL_PROJECT_ID ? () => setDialog('schema') : undefined
        }
      />
      <LabelPalette schema={schema} onLabel={actions.label} />
      <div className="tp-main">
        <div ref={host} className="tp-editor" data-testid="text-editor" />
        <TextInspector
          hereCount={shown.length}
          here={
            shown.length === 0 ? (
              <p className="help">{t('text.hereEmpty')}</p>
            ) : (
              <ul className="tp-cards">
                {shown.map((a) => (
                  <SpanCard
                    key={a.id}
                    annotation={a}
                    annotations={annotations}
                    lookup={lookup}
                    schema={schema}
                    active={a.id === selectedId}
                    where={where(a)}
                    codeSystem={codeSystem}
                    picking={picking === a.id}
                    picked={picking === a.id ? picked : undefined}
                    onSelect={select}
                    onChangeBody={changeBody}
                    onDelete={(id) => void requestDelete([id])}
                    onReveal={actions.reveal}
                    onPick={(on) => {
                      setPicking(on ? a.id : undefined);
                      setPicked(undefined);
                      if (on) announce(t('text.relations.pickHelp'));
                    }}
                  />
                ))}
              </ul>
            )
          }
          document={
            <DocumentPanel
              annotations={annotations}
              schema={schema}
              activeSpan={active && spanOf(active) ? active : undefined}
              onSave={saveDocument}
              onReveal={actions.reveal}
            />
          }
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="text-status">
        {message}
      </p>
      {deleteDialog}
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'schema' ? <SchemaEditorDialog onClose={() => setDialog(undefined)} /> : null}
    </div>
  );
}
