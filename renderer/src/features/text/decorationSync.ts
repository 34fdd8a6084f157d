import type { editor, IRange } from 'monaco-editor/editor';
import type { LineIndex } from '../../../../shared/anchor/textOffsets';
import type { AnnotationId } from '../../../../shared/model/ids';
import { spanClasses, type SpanView } from './spanViews';

/**
 * Decorations applied per task. Monaco's decoration tree takes a few thousand insertions in well
 * under a frame; the editor repaints between tasks, so 50,000 spans never block input for long.
 */
const CHUNK = 2500;

/** Yields to the event loop (input, paint) without setTimeout's 4 ms clamping. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

export function rangeOf(index: LineIndex, start: number, end: number): IRange {
  const from = index.positionAt(start);
  const to = index.positionAt(end);
  return {
    startLineNumber: from.lineNumber,
    startColumn: from.column,
    endLineNumber: to.lineNumber,
    endColumn: to.column,
  };
}

interface Applied {
  readonly key: string;
  readonly decorationId: string;
}

/**
 * Keeps the model's span decorations equal to a list of span views, changing only what changed
 * (a new label is one decoration, not 50,000) and applying big changes in chunks across tasks.
 */
export class DecorationSync {
  private readonly applied = new Map<AnnotationId, Applied>();
  private readonly decorationToId = new Map<string, AnnotationId>();
  private generation = 0;
  private disposed = false;

  constructor(
    private readonly model: editor.ITextModel,
    private readonly index: () => LineIndex,
    /** Minimap colour by label index; the minimap cannot read CSS classes. */
    private readonly minimapColor: (labelIndex: number) => string,
  ) {}

  /** The annotation a decoration draws, for hit-testing through Monaco. */
  annotationOf(decorationId: string): AnnotationId | undefined {
    return this.decorationToId.get(decorationId);
  }

  /**
   * Brings the decorations in line with `views`. Resolves when done, or when a newer update
   * superseded this one (which then carries on from wherever this one stopped).
   */
  async update(views: readonly SpanView[]): Promise<void> {
    const generation = ++this.generation;
    const wanted = new Map<AnnotationId, SpanView>();
    for (const view of views) wanted.set(view.id, view);
    const removals: AnnotationId[] = [];
    for (const [id, applied] of this.applied) {
      const view = wanted.get(id);
      if (!view || view.key !== applied.key) removals.push(id);
    }
    const additions: SpanView[] = [];
    for (const view of views) if (this.applied.get(view.id)?.key !== view.key) additions.push(view);

    let r = 0;
    let a = 0;
    while (r < removals.length || a < additions.length) {
      if (this.disposed || generation !== this.generation) return;
      const removeIds = removals.slice(r, r + CHUNK);
      const addViews = additions.slice(a, a + CHUNK);
      r += removeIds.length;
      a += addViews.length;
      this.apply(removeIds, addViews);
      if (r < removals.length || a < additions.length) await nextTask();
    }
  }

  private apply(removeIds: readonly AnnotationId[], addViews: readonly SpanView[]): void {
    const oldDecorations: string[] = [];
    for (const id of removeIds) {
      const applied = this.applied.get(id);
      if (!applied) continue;
      oldDecorations.push(applied.decorationId);
      this.decorationToId.delete(applied.decorationId);
      this.applied.delete(id);
    }
    const index = this.index();
    const decorations = addViews.map((view) => this.decorationOf(view, index));
    const ids = this.model.deltaDecorations(oldDecorations, decorations);
    addViews.forEach((view, i) => {
      const decorationId = ids[i];
      if (!decorationId) return;
      this.applied.set(view.id, { key: view.key, decorationId });
      this.decorationToId.set(decorationId, view.id);
    });
  }

  private decorationOf(view: SpanView, index: LineIndex): editor.IModelDeltaDecoration {
    const classes = spanClasses(view);
    return {
      range: rangeOf(index, view.start, view.end),
      options: {
        // 1 = NeverGrowsWhenTypingAtEdges (the text is read-only; the enum needs Monaco loaded).
        stickiness: 1,
        inlineClassName: classes.inline,
        beforeContentClassName: classes.tag,
        linesDecorationsClassName: classes.gutter,
        minimap: { color: this.minimapColor(view.labelIndex), position: 1 },
      },
    };
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    // The editor may have gone first (unmounting disposes the model with it).
    if (!this.model.isDisposed())
      this.model.deltaDecorations(
        [...this.applied.values()].map((a) => a.decorationId),
        [],
      );
    this.applied.clear();
    this.decorationToId.clear();
  }
}
