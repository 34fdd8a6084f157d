import { useMemo } from 'react';
import { renderMarkdown } from './markdown';

/** Sanitised markdown (see markdown.ts): the only place vetting views set inner HTML. */
export function Markdown({
  text,
  className,
}: {
  readonly text: string;
  readonly className?: string;
}) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return (
    <div
      className={`markdown ${className ?? ''}`}
      // eslint-disable-next-line react/no-danger -- sanitised by DOMPurify in renderMarkdown
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
