import { useEffect, useRef } from 'react';
import type { LineIndex } from '../../../../shared/anchor/textOffsets';
import type { LabelSchema } from '../../../../shared/model/labelSchema';
import { DecorationSync } from './decorationSync';
import type { SpanView } from './spanViews';
import type { TextEditor } from './useTextEditor';

/** Keeps Monaco's span decorations equal to `views`, changing only what changed. */
export function useSpanDecorations(
  instance: TextEditor | undefined,
  views: readonly SpanView[],
  index: () => LineIndex,
  schema: LabelSchema,
): void {
  const sync = useRef<DecorationSync>(undefined);
  const latestViews = useRef(views);

  useEffect(() => {
    if (!instance) return;
    const colors = schema.labels.map((label) => label.color);
    const created = new DecorationSync(instance.model, index, (i) => colors[i] ?? '#888888');
    sync.current = created;
    void created.update(latestViews.current);
    return () => {
      created.dispose();
      sync.current = undefined;
    };
  }, [instance, index, schema]);

  useEffect(() => {
    latestViews.current = views;
    void sync.current?.update(views);
  }, [views]);
}
