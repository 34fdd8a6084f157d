/**
 * Markdown for questions and answers, rendered safely: markdown-it with raw HTML off (it is
 * escaped), then DOMPurify. Links and images are dropped (their text stays): an answer must not
 * navigate the app or make it fetch anything from elsewhere.
 */
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

export function renderMarkdown(text: string): string {
  return DOMPurify.sanitize(md.render(text), {
    FORBID_TAGS: ['a', 'img', 'style', 'form', 'input'],
    FORBID_ATTR: ['style', 'src', 'href'],
  });
}
