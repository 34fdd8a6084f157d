import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('markdown rendering', () => {
  it('renders emphasis, lists and quotes', () => {
    const html = renderMarkdown('**Indemnity** caps:\n\n- 12 months\n- super cap\n\n> quoted');
    expect(html).toContain('<strong>Indemnity</strong>');
    expect(html).toContain('<li>12 months</li>');
    expect(html).toContain('<blockquote>');
  });

  it('escapes raw HTML and drops links and images but keeps their text', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![pic](http://example.com/x.png)',
    );
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.body.querySelectorAll('script, img, a, [onerror], [href], [src]')).toHaveLength(
      0,
    );
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('click');
  });
});
