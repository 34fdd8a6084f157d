import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { editor } from 'monaco-editor/editor';
import { Markdown } from '../interview/Markdown';
import { Kbd } from './Kbd';

interface RewriteEditorProps {
  readonly value: string;
  readonly disabled: boolean;
  readonly starters: readonly { readonly label: string; readonly text: string }[];
  readonly onSave: (text: string) => void;
}

const SAVE_DELAY_MS = 400;

/** The expert's corrected or ideal answer: markdown in Monaco, with a sanitised preview. */
export function RewriteEditor({ value, disabled, starters, onSave }: RewriteEditorProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const instance = useRef<editor.IStandaloneCodeEditor>(undefined);
  const [text, setText] = useState(value);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  }, [onSave]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let disposed = false;
    let created: editor.IStandaloneCodeEditor | undefined;
    void import('../../monaco/setup').then(({ monaco }) => {
      if (disposed || !host.current) return;
      created = monaco.editor.create(host.current, {
        value,
        language: 'markdown',
        readOnly: disabled,
        automaticLayout: true,
        wordWrap: 'on',
        minimap: { enabled: false },
        lineNumbers: 'off',
        fontSize: 14,
        scrollBeyondLastLine: false,
        autoClosingBrackets: 'never',
        autoClosingQuotes: 'never',
        autoIndent: 'none',
        quickSuggestions: false,
        ariaLabel: t('compare.rewrite.editor'),
      });
      const flush = (): void => {
        clearTimeout(timer.current);
        save.current(created?.getValue() ?? '');
      };
      created.onDidChangeModelContent(() => {
        setText(created?.getValue() ?? '');
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, SAVE_DELAY_MS);
      });
      created.onDidBlurEditorText(flush);
      instance.current = created;
    });
    return () => {
      disposed = true;
      clearTimeout(timer.current);
      created?.getModel()?.dispose();
      created?.dispose();
      instance.current = undefined;
    };
    // The editor is made once; later values come from the expert typing in it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    instance.current?.updateOptions({ readOnly: disabled });
  }, [disabled]);

  // A value from elsewhere (undo, sync, a starter) replaces the editor's text when it differs.
  useEffect(() => {
    const current = instance.current;
    if (current && current.getValue() !== value && !current.hasTextFocus()) {
      current.setValue(value);
      setText(value);
    }
  }, [value]);

  return (
    <section className="rewrite" aria-labelledby="rewrite-title">
      <h2 id="rewrite-title">
        {t('compare.rewrite.title')}{' '}
        <span className="muted">
          <Kbd keys="Alt+R" />
        </span>
      </h2>
      {!disabled ? (
        <div className="rewrite-starters">
          {starters.map((starter) => (
            <button
              type="button"
              key={starter.label}
              onClick={() => {
                instance.current?.setValue(starter.text);
                onSave(starter.text);
              }}
            >
              {t('compare.rewrite.startFrom', { answer: starter.label })}
            </button>
          ))}
        </div>
      ) : null}
      <div className="rewrite-panes">
        <div
          ref={host}
          className="rewrite-editor"
          data-testid="rewrite-editor"
          // Ctrl+Z here undoes typing in the rewrite, not annotation edits.
          data-typing-field
          id="rewrite-editor"
        />
        <div
          className="rewrite-preview"
          data-testid="rewrite-preview"
          aria-label={t('compare.rewrite.preview')}
        >
          {text.trim() ? (
            <Markdown text={text} />
          ) : (
            <p className="muted">{t('compare.rewrite.empty')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
