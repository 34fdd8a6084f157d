import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { quoteAt } from '../../../../shared/anchor/quote';
import type { OffsetMap } from '../../../../shared/anchor/textOffsets';
import { normalizeSpan, sentenceAround, wordAt } from '../../../../shared/anchor/textSegments';
import type { Annotation } from '../../../../shared/model/annotation';
import type { AnnotationId } from '../../../../shared/model/ids';
import type { PaneProps } from '../workspace/paneProps';
import { rangeOf } from './decorationSync';
import type { AnnotationLookup } from './annotationIndex';
import { sameSpan, shortQuote, spanOf, type SpanTable } from './spanText';
import type { TextEditor } from './useTextEditor';

interface SpanActionDeps {
  readonly instance: TextEditor | undefined;
  readonly index: () => OffsetMap;
  readonly text: string;
  readonly props: PaneProps;
  /** The span table, built on first use. */
  readonly table: () => SpanTable;
  readonly lookup: AnnotationLookup;
  readonly snapWords: boolean;
  /** Selects an annotation from inside the pane (the host's selection follows). */
  readonly select: (id: AnnotationId | undefined) => void;
  readonly announce: (message: string) => void;
  /** Moves the editor's selection without it counting as the expert's move. */
  readonly quietly: (move: () => void) => void;
}

export interface SpanActions {
  readonly label: (labelId: string) => void;
  /** The label whose key this is, applied; false when no label has that key. */
  readonly labelByKey: (key: string) => boolean;
  readonly step: (direction: 1 | -1) => void;
  readonly reveal: (id: AnnotationId) => void;
  readonly selectSentence: () => void;
}

/** What the expert does to spans from the keyboard, the palette and the inspector. */
export function useSpanActions(deps: SpanActionDeps): SpanActions {
  const { t } = useTranslation();
  const { instance, index, text, props, table, lookup, snapWords, select, announce, quietly } =
    deps;
  const { annotations, schema, selectedId } = props;

  return useMemo(() => {
    const selectionOffsets = (): { start: number; end: number } | undefined => {
      const s = instance?.editor.getSelection();
      if (!s) return undefined;
      const lines = index();
      return {
        start: lines.offsetAt({ lineNumber: s.startLineNumber, column: s.startColumn }),
        end: lines.offsetAt({ lineNumber: s.endLineNumber, column: s.endColumn }),
      };
    };
    const setSelection = (start: number, end: number, reveal: boolean): void => {
      if (!instance) return;
      const r = rangeOf(index(), start, end);
      quietly(() => instance.editor.setSelection(r));
      if (reveal) instance.editor.revealRangeInCenterIfOutsideViewport(r, 0);
    };

    const label = (labelId: string): void => {
      const definition = schema.labels.find((l) => l.id === labelId);
      const selection = selectionOffsets();
      if (!definition || !selection) return;
      let { start, end } = selection;
      if (start === end) {
        const word = wordAt(text, start);
        if (!word) return announce(t('text.nothingSelected'));
        ({ start, end } = word);
      }
      const span = normalizeSpan(text, { start, end }, { snapWords });
      if (!span) return announce(t('text.nothingSelected'));
      const same = (a: Annotation): boolean =>
        spanOf(a)?.start === span.start && spanOf(a)?.end === span.end;
      const active = lookup.get(selectedId);
      if (active && same(active)) {
        if (active.body.labels[0] !== labelId) {
          void props.onUpdate(active.id, { body: { ...active.body, labels: [labelId] } });
          announce(t('text.relabelled', { label: definition.name }));
        }
        return;
      }
      const existing = sameSpan(table(), span).find((a) => a.body.labels[0] === labelId);
      if (existing) {
        select(existing.id);
        return announce(t('text.alreadyLabelled', { label: definition.name }));
      }
      const quote = quoteAt(text, span.start, span.end);
      const before = instance?.editor.getSelection();
      void props
        .onCreate({ kind: 'span', position: span, quote }, { labels: [labelId] })
        .then((created) => {
          announce(
            t('text.labelled', { label: definition.name, quote: shortQuote(quote.exact, 40) }),
          );
          // The expert may already have moved on while the span was being stored.
          const now = instance?.editor.getSelection();
          if (before && now && !before.equalsSelection(now)) return;
          select(created.id);
          setSelection(span.end, span.end, false);
        });
    };

    const keys = new Map(
      schema.labels.filter((l) => l.key).map((l) => [l.key!.toLocaleLowerCase(), l.id] as const),
    );

    const sorted = (): Annotation[] =>
      annotations
        .filter((a) => spanOf(a))
        .sort((a, b) => spanOf(a)!.start - spanOf(b)!.start || spanOf(a)!.end - spanOf(b)!.end);

    return {
      label,
      labelByKey: (key) => {
        const labelId = keys.get(key.toLocaleLowerCase());
        if (!labelId) return false;
        label(labelId);
        return true;
      },
      step: (direction) => {
        const list = sorted();
        if (list.length === 0) return;
        const at = list.findIndex((a) => a.id === selectedId);
        const cursor = selectionOffsets()?.start ?? 0;
        let next: Annotation | undefined;
        if (at >= 0) next = list[(at + direction + list.length) % list.length];
        else if (direction > 0) next = list.find((a) => spanOf(a)!.start >= cursor) ?? list[0];
        else next = [...list].reverse().find((a) => spanOf(a)!.start < cursor) ?? list.at(-1);
        const span = next && spanOf(next);
        if (!next || !span) return;
        select(next.id);
        setSelection(span.start, span.end, true);
      },
      reveal: (id) => {
        const target = annotations.find((a) => a.id === id);
        const span = target && spanOf(target);
        select(id);
        if (span) {
          setSelection(span.start, span.end, true);
          instance?.editor.focus();
        }
      },
      selectSentence: () => {
        const selection = selectionOffsets();
        if (!selection) return;
        const sentence = sentenceAround(text, selection);
        setSelection(sentence.start, sentence.end, false);
      },
    };
  }, [
    instance,
    index,
    text,
    annotations,
    schema,
    selectedId,
    snapWords,
    props,
    table,
    lookup,
    select,
    announce,
    quietly,
    t,
  ]);
}
