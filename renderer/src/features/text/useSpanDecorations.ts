import { useEffect, useLayoutEffect, useRef } from 'react';
import type { OffsetMap } from '../../../../shared/anchor/textOffsets';
import type { Annotation } from '../../../../shared/model/annotation';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { DecorationSync } from './decorationSync';
import { afterPaint, nextTask, whenIdle } from './scheduling';
import { SpanLayout } from './spanLayout';
import type { TextEditor } from './useTextEditor';

interface Drawing {
  readonly layout: SpanLayout;
  readonly sync: DecorationSync;
  /** False until the first full layout has been applied (it waits for the first paint). */
  started: boolean;
}

/**
 * Draws the span annotations in the editor. The first drawing of a document waits for the text's
 * first paint and goes in over several tasks; after that each edit is laid out incrementally and
 * applied before the browser paints, so a new label shows in the next frame.
 */
export function useSpanDecorations(
  instance: TextEditor | undefined,
  annotations: readonly Annotation[],
  offsets: () => OffsetMap,
  schema: LabelSchema,
  textLength: number,
): void {
  const drawing = useRef<Drawing>(undefined);
  const latest = useRef(annotations);

  useEffect(() => {
    if (!instance) return;
    const labels = new Map(schema.labels.map((label, i) => [label.id, i] as const));
    const colors = schema.labels.map((label) => label.color);
    const created: Drawing = {
      layout: new SpanLayout((id) => labels.get(id) ?? -1, textLength),
      sync: new DecorationSync(instance.model, offsets, (i) => colors[i] ?? '#888888'),
      started: false,
    };
    drawing.current = created;
    let cancelled = false;
    void (async () => {
      // After the text's first paint, in the idle time that follows it: the next frame comes first.
      await afterPaint();
      await whenIdle();
      if (cancelled) return;
      const changes = await created.layout.build(latest.current, nextTask);
      if (cancelled) return;
      created.started = true;
      void created.sync.apply(changes);
      // Edits made while the first layout was built.
      void created.sync.apply(created.layout.update(latest.current));
    })();
    return () => {
      cancelled = true;
      created.sync.dispose();
      drawing.current = undefined;
    };
  }, [instance, offsets, schema, textLength]);

  useLayoutEffect(() => {
    latest.current = annotations;
    const current = drawing.current;
    if (current?.started) void current.sync.apply(current.layout.update(annotations));
  }, [annotations]);
}
