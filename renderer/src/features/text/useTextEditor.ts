import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type * as MonacoNamespace from 'monaco-editor/editor';
import type { editor } from 'monaco-editor/editor';

type MonacoApi = typeof MonacoNamespace;

export interface TextEditor {
  readonly monaco: MonacoApi;
  readonly editor: editor.IStandaloneCodeEditor;
  readonly model: editor.ITextModel;
}

export interface ViewOptions {
  readonly fontSize: number;
  readonly wordWrap: boolean;
  readonly minimap: boolean;
  readonly ariaLabel: string;
}

/** Room above and below each line for the label tags and stacked underlines. */
export const lineHeightFor = (fontSize: number): number => Math.round(fontSize * 2.2);

let keybindingsAdjusted = false;

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo annotation edits, not text edits: the editor is read-only,
 * so its own undo bindings go and the keys reach the workspace's undo shortcuts.
 */
function releaseUndoKeys(monaco: MonacoApi): void {
  if (keybindingsAdjusted) return;
  keybindingsAdjusted = true;
  const { KeyMod, KeyCode } = monaco;
  monaco.editor.addKeybindingRules([
    { keybinding: KeyMod.CtrlCmd | KeyCode.KeyZ, command: '-undo' },
    { keybinding: KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, command: '-redo' },
    { keybinding: KeyMod.CtrlCmd | KeyCode.KeyY, command: '-redo' },
  ]);
}

/** Monaco once its chunk has loaded: an editor is then made at once, not a task later. */
let loadedMonaco: MonacoApi | undefined;
let loadingMonaco: Promise<MonacoApi> | undefined;

function loadMonaco(): Promise<MonacoApi> {
  loadingMonaco ??= import('../../monaco/setup').then(({ monaco }) => (loadedMonaco = monaco));
  return loadingMonaco;
}

/**
 * Loads Monaco ahead of the pane (say, while a text document's content is read), so that the
 * pane shows the text in its first frame.
 */
export function preloadTextEditor(): Promise<void> {
  return loadMonaco().then(() => undefined);
}

function monacoTheme(): string {
  return document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs';
}

/**
 * A read-only Monaco editor over `text`, created once Monaco's chunk has loaded (it loads on first
 * use). The model holds the canonical text unchanged; offsets are never taken from it (see
 * shared/anchor/textOffsets.ts).
 */
export function useTextEditor(
  host: RefObject<HTMLDivElement | null>,
  text: string,
  options: ViewOptions,
): TextEditor | undefined {
  const [instance, setInstance] = useState<TextEditor>();
  const { fontSize, wordWrap, minimap, ariaLabel } = options;

  // A layout effect, with Monaco at hand once loaded: the editor is made in the same task as the
  // pane, so the first frame shows the text rather than an empty pane and the text a frame later.
  useLayoutEffect(() => {
    let disposed = false;
    let created: TextEditor | undefined;
    let themeObserver: MutationObserver | undefined;
    const make = (monaco: MonacoApi): void => {
      if (disposed || !host.current) return;
      releaseUndoKeys(monaco);
      const model = monaco.editor.createModel(text, 'plaintext');
      const editor = monaco.editor.create(host.current, {
        model,
        readOnly: true,
        domReadOnly: true,
        theme: monacoTheme(),
        automaticLayout: true,
        // Made as the expert likes it: wrapping 200,000 lines only to unwrap them costs.
        wordWrap: wordWrap ? 'on' : 'off',
        minimap: {
          enabled: minimap,
          renderCharacters: false,
          showSlider: 'always',
          // Plain text has no "MARK:" or region comments; scanning for them costs every render.
          showMarkSectionHeaders: false,
          showRegionSectionHeaders: false,
        },
        fontSize,
        lineHeight: lineHeightFor(fontSize),
        lineNumbers: 'on',
        lineDecorationsWidth: 8,
        glyphMargin: false,
        folding: true,
        showFoldingControls: 'mouseover',
        scrollBeyondLastLine: false,
        renderLineHighlight: 'line',
        occurrencesHighlight: 'off',
        selectionHighlight: false,
        links: false,
        stickyScroll: { enabled: false },
        unusualLineTerminators: 'off',
        unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false },
        overviewRulerLanes: 0,
        hideCursorInOverviewRuler: true,
        fixedOverflowWidgets: true,
        ariaLabel,
      });
      created = { monaco, editor, model };
      // Opening a document to label it puts the keyboard in the text: labelling needs no mouse.
      editor.focus();
      themeObserver = new MutationObserver(() => monaco.editor.setTheme(monacoTheme()));
      themeObserver.observe(document.documentElement, { attributeFilter: ['data-theme'] });
      setInstance(created);
    };
    if (loadedMonaco) make(loadedMonaco);
    else void loadMonaco().then(make);
    return () => {
      disposed = true;
      themeObserver?.disconnect();
      created?.editor.dispose();
      created?.model.dispose();
      setInstance(undefined);
    };
    // The editor is rebuilt only for a new text; view options are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, text]);

  useEffect(() => {
    instance?.editor.updateOptions({
      fontSize,
      lineHeight: lineHeightFor(fontSize),
      wordWrap: wordWrap ? 'on' : 'off',
      minimap: { enabled: minimap },
      ariaLabel,
    });
  }, [instance, fontSize, wordWrap, minimap, ariaLabel]);

  return instance;
}
