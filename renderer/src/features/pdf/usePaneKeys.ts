import { useEffect, useLayoutEffect, useRef } from 'react';
import { tinykeys } from 'tinykeys';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import type { PdfViewStore } from './pdfViewStore';
import { selectedRange } from './useLabelling';

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

interface PaneKeysOptions {
  readonly schema: LabelSchema;
  readonly store: PdfViewStore;
  readonly scroller: React.RefObject<HTMLDivElement | null>;
  readonly label: (labelId: string) => Promise<boolean>;
  readonly deleteSelected: () => void;
}

/**
 * The pane's keyboard: a label's key (1–9 or whatever the schema sets) labels the selection or
 * the drawn box; Esc drops them; Delete removes the selected annotation; Ctrl+F finds.
 */
export function usePaneKeys(options: PaneKeysOptions): void {
  const ref = useRef(options);
  useLayoutEffect(() => {
    ref.current = options;
  });
  const { schema } = options;
  useEffect(() => {
    const bindings: Record<string, (event: KeyboardEvent) => void> = {};
    const hasTarget = (): boolean => {
      const { store, scroller } = ref.current;
      return (
        store.getState().pending !== undefined || selectedRange(scroller.current) !== undefined
      );
    };
    for (const label of schema.labels) {
      if (!label.key) continue;
      bindings[label.key] = (event) => {
        if (typingInField(event.target) || !hasTarget()) return;
        event.preventDefault();
        void ref.current.label(label.id);
      };
    }
    bindings.Escape = (event) => {
      if (typingInField(event.target) || !hasTarget()) return;
      ref.current.store.getState().setPending(undefined);
      window.getSelection()?.removeAllRanges();
    };
    const remove = (event: KeyboardEvent): void => {
      if (typingInField(event.target)) return;
      ref.current.deleteSelected();
    };
    bindings.Delete = remove;
    bindings.Backspace = remove;
    bindings['$mod+KeyF'] = (event) => {
      event.preventDefault();
      ref.current.store.getState().openFind(true);
    };
    return tinykeys(window, bindings);
  }, [schema]);
}
