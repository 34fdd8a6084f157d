import { useEffect, useRef } from 'react';
import type { PaneProps } from '../workspace/paneProps';

/** Read-only Monaco view of the canonical text. Monaco loads on first use (its own chunk). */
export function TextPane({ content }: PaneProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = (): void => undefined;
    void import('../../monaco/setup').then(({ monaco }) => {
      if (disposed || !host.current) return;
      const model = monaco.editor.createModel(content.text, 'plaintext');
      const editor = monaco.editor.create(host.current, {
        model,
        readOnly: true,
        wordWrap: 'on',
        automaticLayout: true,
        minimap: { enabled: true },
      });
      dispose = () => {
        editor.dispose();
        model.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [content.text]);
  return <div ref={host} className="text-pane" data-testid="text-pane" />;
}
