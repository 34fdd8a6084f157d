/**
 * The benchmark page (bench/text/run.ts drives it; it is not part of the app's bundle). `?mode=plain`
 * shows the text in Monaco with the pane's view options and nothing else; `?mode=ours` mounts the
 * real TextPane with 50,000 span annotations held in memory, as the workspace would pass them.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type * as MonacoNamespace from 'monaco-editor/editor';
import type { editor } from 'monaco-editor/editor';
import type {
  Annotation,
  AnnotationBody,
  AnnotationTarget,
} from '../../../shared/model/annotation';
import type { DocumentRecord } from '../../../shared/model/document';
import {
  LOCAL_PROJECT_ID,
  newId,
  type AnnotationId,
  type DocumentId,
} from '../../../shared/model/ids';
import { DEFAULT_LOCAL_SCHEMA, type LabelSchema } from '../../../shared/model/labelSchema';
import { quoteAt } from '../../../shared/anchor/quote';
import {
  lineHeightFor,
  preloadTextEditor,
} from '../../../renderer/src/features/text/useTextEditor';
import {
  SPANS_APPLIED_MARK,
  SPANS_START_MARK,
} from '../../../renderer/src/features/text/decorationSync';
import type { PaneProps } from '../../../renderer/src/features/workspace/paneProps';
import type { AnnotationPatch } from '../../../renderer/src/stores/useAnnotationStore';
import '../../../renderer/src/styles/app.css';

type Monaco = typeof MonacoNamespace;

const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'plain' ? 'plain' : 'ours';
/** Plain Monaco with the 50,000 annotation objects in memory too: the baseline for the heap. */
const withData = mode === 'ours' || params.get('data') === '1';
/** The code system is left out: its worker would index ICD-10-CM during the measurements. */
const SCHEMA: LabelSchema = { ...DEFAULT_LOCAL_SCHEMA, codeSystem: undefined };
const DOCUMENT_ID = newId<DocumentId>();

let monaco: Monaco;
let text = '';
let annotations: Annotation[] = [];
let setPaneAnnotations: ((list: Annotation[]) => void) | undefined;
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

const nextPaint = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );

function makeAnnotation(target: AnnotationTarget, body: AnnotationBody): Annotation {
  const now = new Date().toISOString();
  return {
    id: newId<AnnotationId>(),
    projectId: LOCAL_PROJECT_ID,
    documentId: DOCUMENT_ID,
    target,
    body,
    createdAt: now,
    updatedAt: now,
  };
}

function Host({ pane }: { pane: (props: PaneProps) => React.JSX.Element }) {
  const [list, setList] = useState(annotations);
  const [selectedId, setSelectedId] = useState<AnnotationId>();
  setPaneAnnotations = (next) => {
    annotations = next;
    setList(next);
  };
  const record: DocumentRecord = {
    id: DOCUMENT_ID,
    projectId: LOCAL_PROJECT_ID,
    name: 'bench.txt',
    kind: 'text',
    mediaType: 'text/plain',
    size: text.length,
    sha256: '',
    charCount: text.length,
    warnings: [],
    createdAt: new Date().toISOString(),
  };
  const Pane = pane;
  return (
    <Pane
      document={record}
      content={{ documentId: DOCUMENT_ID, bytes: new Uint8Array(0), text }}
      annotations={list}
      schema={SCHEMA}
      selectedId={selectedId}
      onSelect={setSelectedId}
      onCreate={(target, body) => {
        const created = makeAnnotation(target, body);
        setPaneAnnotations?.([...annotations, created]);
        return Promise.resolve(created);
      }}
      onUpdate={(id: AnnotationId, patch: AnnotationPatch) => {
        setPaneAnnotations?.(annotations.map((a) => (a.id === id ? { ...a, ...patch } : a)));
        return Promise.resolve();
      }}
      onDelete={(ids) => {
        const gone = new Set(ids);
        setPaneAnnotations?.(annotations.filter((a) => !gone.has(a.id)));
        return Promise.resolve();
      }}
    />
  );
}

let plainEditor: editor.IStandaloneCodeEditor | undefined;
let pendingKey: Promise<number> | undefined;

const bench = {
  mode,
  /** Fetches the document and loads every module, so the timings below measure rendering only. */
  async load(): Promise<{ textLength: number; spans: number }> {
    const [textResponse, spansResponse, setup] = await Promise.all([
      fetch('/data/text.txt'),
      fetch('/data/spans.json'),
      import('../../../renderer/src/monaco/setup'),
    ]);
    monaco = setup.monaco;
    text = await textResponse.text();
    const spans = (await spansResponse.json()) as [number, number, number][];
    if (mode === 'ours') {
      const { initI18n } = await import('../../../renderer/src/i18n');
      await initI18n('en');
      await import('../../../renderer/src/features/text/TextPane');
      // The pane's own handle on Monaco (the same module as `setup` above, already loaded).
      await preloadTextEditor();
    }
    if (withData)
      annotations = spans.map(([start, end, label]) =>
        makeAnnotation(
          { kind: 'span', position: { start, end }, quote: quoteAt(text, start, end) },
          { labels: [SCHEMA.labels[label]!.id] },
        ),
      );
    return { textLength: text.length, spans: spans.length };
  },

  /** Shows the text; resolves with the time to its first paint (ms). */
  async mount(): Promise<number> {
    const root = document.getElementById('root')!;
    // The first paint that shows text: Monaco fills its view lines in a frame's callbacks, and
    // that frame is painted before the next frame's callbacks run (our deferred work yields to it).
    const painted = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.view-lines .view-line span')) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(root, { childList: true, subtree: true });
    });
    const began = performance.now();
    if (mode === 'plain') {
      const host = document.createElement('div');
      root.append(host);
      const model = monaco.editor.createModel(text, 'plaintext');
      plainEditor = monaco.editor.create(host, {
        model,
        readOnly: true,
        domReadOnly: true,
        automaticLayout: true,
        wordWrap: 'on',
        minimap: { enabled: true, renderCharacters: false, showSlider: 'always' },
        fontSize: 14,
        lineHeight: lineHeightFor(14),
      });
      plainEditor.focus();
    } else {
      const { TextPane } = await import('../../../renderer/src/features/text/TextPane');
      createRoot(root).render(<Host pane={TextPane} />);
    }
    return (await painted) - began;
  },

  /** Resolves when every span decoration is applied: the time it took and the mark window. */
  async applied(): Promise<{ ms: number; start: number; end: number }> {
    for (;;) {
      const start = performance.getEntriesByName(SPANS_START_MARK)[0];
      const end = performance.getEntriesByName(SPANS_APPLIED_MARK)[0];
      if (start && end) {
        const painted = await nextPaint();
        return { ms: painted - start.startTime, start: start.startTime, end: painted };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  },

  longestTask(from: number, to: number): number {
    return Math.max(
      0,
      ...longTasks
        .filter((t) => t.start + t.duration >= from && t.start <= to)
        .map((t) => t.duration),
    );
  },

  /** Puts the selection on a word in the middle of line `line` and waits for it to be painted. */
  async selectWordOnLine(line: number): Promise<void> {
    const target = plainEditor ?? monaco.editor.getEditors()[0]!;
    const model = target.getModel()!;
    const content = model.getLineContent(line);
    const at = content.indexOf(' ', Math.floor(content.length / 2)) + 2;
    const word = model.getWordAtPosition({ lineNumber: line, column: at }) ?? {
      startColumn: 1,
      endColumn: 2,
    };
    target.setSelection({
      startLineNumber: line,
      startColumn: word.startColumn,
      endLineNumber: line,
      endColumn: word.endColumn,
    });
    target.revealLineInCenter(line);
    target.focus();
    await nextPaint();
    await nextPaint();
  },

  /**
   * Arms a measurement for the next key press: resolves with the time from the keydown to the
   * paint that shows its effect — the new span's decoration (ours) or the moved cursor (plain).
   */
  armKey(): void {
    pendingKey = new Promise((resolve) => {
      window.addEventListener(
        'keydown',
        (event) => {
          const pressed = event.timeStamp;
          if (mode === 'plain') {
            void nextPaint().then((t) => resolve(t - pressed));
            return;
          }
          const seen = performance.getEntriesByName(SPANS_APPLIED_MARK).length;
          // Polled in animation frames, after Monaco's own frame callback has rendered the change:
          // the timeout then runs once that frame is painted.
          const wait = (): void => {
            if (performance.getEntriesByName(SPANS_APPLIED_MARK).length > seen)
              setTimeout(() => resolve(performance.now() - pressed), 0);
            else requestAnimationFrame(wait);
          };
          requestAnimationFrame(wait);
        },
        { once: true, capture: true },
      );
    });
  },

  /** The latency of the key press armed by `armKey`. */
  keyLatency(): Promise<number> {
    return pendingKey ?? Promise.reject(new Error('no key armed'));
  },

  count(): number {
    return annotations.length;
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
