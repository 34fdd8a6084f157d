import type { editor, IRange } from 'monaco-editor/editor';
import type { OffsetMap } from '../../../../shared/anchor/textOffsets';
import type { AnnotationId } from '../../../../shared/model/ids';
import { nextTask } from './scheduling';
import type { LayoutChanges, SpanRecord } from './spanLayout';

/**
 * Work done per task before yielding to input and paint: decorations for 50,000 spans go in over a
 * few dozen tasks, none long enough to be noticed.
 */
const TASK_BUDGET_MS = 10;
/** Decorations handed to Monaco per call; the budget is checked between calls. */
const BATCH = 400;

export const SPANS_START_MARK = 'glossator:spans:start';
export const SPANS_APPLIED_MARK = 'glossator:spans:applied';

export function rangeOf(index: OffsetMap, start: number, end: number): IRange {
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  return {
    startLineNumber: from.lineNumber,
    startColumn: from.column,
    endLineNumber: to.lineNumber,
    endColumn: to.column,
  };
}

/** Classes of a span's inline decoration, its label tag and its gutter mark. */
export function spanClasses(record: Pick<SpanRecord, 'label' | 'layer' | 'linked' | 'coded'>): {
  inline: string;
  tag: string;
  gutter: string;
} {
  const label = record.label < 0 ? 'unknown' : String(record.label);
  const flags = `${record.linked ? ' gl-linked' : ''}${record.coded ? ' gl-coded' : ''}`;
  return {
    inline: `gl-s gl-s-${label}-${record.layer}`,
    tag: `gl-tag gl-tag-${label}${flags}`,
    gutter: `gl-gut gl-gut-${label}`,
  };
}

/**
 * Applies span layout changes to a Monaco model as decorations, in time-boxed chunks. Spans that
 * look the same share one options object: Monaco keeps an options instance as it is, so 50,000
 * decorations cost 50,000 tree nodes rather than 50,000 option objects too.
 */
export class DecorationSync {
  private readonly decorationIds = new Map<AnnotationId, string>();
  private readonly sharedOptions = new Map<string, editor.IModelDecorationOptions>();
  private queue: { removed: AnnotationId[]; changed: SpanRecord[] }[] = [];
  private running = false;
  private disposed = false;

  constructor(
    private readonly model: editor.ITextModel,
    private readonly offsets: () => OffsetMap,
    /** Minimap colour by label index; the minimap cannot read CSS classes. */
    private readonly minimapColor: (label: number) => string,
  ) {}

  /** Queues changes; a small change is applied at once, a large one over several tasks. */
  apply(changes: LayoutChanges): Promise<void> {
    if (changes.removed.length === 0 && changes.changed.length === 0) return Promise.resolve();
    this.queue.push({ removed: [...changes.removed], changed: [...changes.changed] });
    if (this.running) return Promise.resolve();
    return this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    const total = this.queue.reduce((n, c) => n + c.removed.length + c.changed.length, 0);
    performance.mark(SPANS_START_MARK, { detail: { changes: total } });
    let taskStart = performance.now();
    while (this.queue.length > 0 && !this.disposed) {
      const head = this.queue[0]!;
      const removed = head.removed.splice(0, BATCH);
      const changed = head.changed.splice(0, BATCH);
      this.write(removed, changed);
      if (head.removed.length === 0 && head.changed.length === 0) this.queue.shift();
      if (this.queue.length > 0 && performance.now() - taskStart > TASK_BUDGET_MS) {
        await nextTask();
        taskStart = performance.now();
      }
    }
    this.running = false;
    if (!this.disposed) performance.mark(SPANS_APPLIED_MARK, { detail: { changes: total } });
  }

  private write(removed: readonly AnnotationId[], changed: readonly SpanRecord[]): void {
    const old: string[] = [];
    for (const id of removed) {
      const decorationId = this.decorationIds.get(id);
      if (decorationId) old.push(decorationId);
      this.decorationIds.delete(id);
    }
    for (const record of changed) {
      const decorationId = this.decorationIds.get(record.id);
      if (decorationId) old.push(decorationId);
    }
    const offsets = this.offsets();
    const keys: string[] = [];
    const decorations = changed.map((record) => {
      const key = `${record.label}|${record.layer}|${record.linked ? 1 : 0}|${record.coded ? 1 : 0}`;
      keys.push(key);
      return {
        range: rangeOf(offsets, record.start, record.end),
        options: this.optionsFor(key, record),
      };
    });
    const ids = this.model.deltaDecorations(old, decorations);
    changed.forEach((record, i) => {
      const decorationId = ids[i];
      if (!decorationId) return;
      this.decorationIds.set(record.id, decorationId);
      // Keep Monaco's own options instance for this look, to share it from now on.
      const key = keys[i]!;
      if (!isShared(this.sharedOptions.get(key))) {
        const instance = this.model.getDecorationOptions(decorationId);
        if (instance) this.sharedOptions.set(key, markShared(instance));
      }
    });
  }

  private optionsFor(key: string, record: SpanRecord): editor.IModelDecorationOptions {
    const existing = this.sharedOptions.get(key);
    if (existing) return existing;
    const classes = spanClasses(record);
    const options: editor.IModelDecorationOptions = {
      // 1 = NeverGrowsWhenTypingAtEdges (the text is read-only; the enum needs Monaco loaded).
      stickiness: 1,
      inlineClassName: classes.inline,
      beforeContentClassName: classes.tag,
      linesDecorationsClassName: classes.gutter,
      minimap: { color: this.minimapColor(record.label), position: 1 },
    };
    this.sharedOptions.set(key, options);
    return options;
  }

  dispose(): void {
    this.disposed = true;
    this.queue = [];
    // The editor may have gone first (unmounting disposes the model with it).
    if (!this.model.isDisposed()) this.model.deltaDecorations([...this.decorationIds.values()], []);
    this.decorationIds.clear();
  }
}

const SHARED = new WeakSet<object>();
const markShared = (options: editor.IModelDecorationOptions): editor.IModelDecorationOptions => {
  SHARED.add(options);
  return options;
};
const isShared = (options: editor.IModelDecorationOptions | undefined): boolean =>
  options !== undefined && SHARED.has(options);
