/**
 * A tiny cookie-keeping HTTP client that follows redirects and submits HTML forms, for driving a
 * real sign-in (login page, consent page, redirect) in tests without a browser.
 */
export interface FormBrowserStep {
  readonly url: string;
  readonly status: number;
  readonly body: string;
}

export class FormBrowser {
  private readonly cookies = new Map<string, string>();
  readonly visited: FormBrowserStep[] = [];

  constructor(private readonly stopAt: (url: URL) => boolean) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) this.cookies.set(name.trim(), value.join('='));
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Requests `url`, following redirects, until a page with a body or a URL `stopAt` accepts. */
  async go(url: string, init: RequestInit = {}): Promise<FormBrowserStep | URL> {
    let next = new URL(url);
    let request: RequestInit = init;
    for (let hops = 0; hops < 20; hops++) {
      if (this.stopAt(next)) return next;
      const response = await fetch(next, {
        ...request,
        redirect: 'manual',
        headers: { ...(request.headers as Record<string, string>), cookie: this.cookieHeader() },
      });
      this.remember(response);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        next = new URL(location, next);
        request = {};
        continue;
      }
      const step = { url: next.href, status: response.status, body: await response.text() };
      this.visited.push(step);
      return step;
    }
    throw new Error('too many redirects');
  }

  /** Submits the first form on the page whose action matches, with the given field values. */
  async submit(
    page: FormBrowserStep,
    values: Record<string, string>,
    action?: RegExp,
  ): Promise<FormBrowserStep | URL> {
    const forms = [...page.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)];
    const form = forms.find((f) => !action || action.test(attr(f[1] ?? '', 'action') ?? ''));
    if (!form) throw new Error(`no form on ${page.url}: ${page.body.slice(0, 300)}`);
    const fields = new URLSearchParams();
    for (const input of (form[2] ?? '').matchAll(/<input\b([^>]*)>/gi)) {
      const name = attr(input[1] ?? '', 'name');
      if (name) fields.set(name, attr(input[1] ?? '', 'value') ?? '');
    }
    for (const [name, value] of Object.entries(values)) fields.set(name, value);
    const target = new URL(attr(form[1] ?? '', 'action') ?? page.url, page.url);
    return this.go(target.href, {
      method: (attr(form[1] ?? '', 'method') ?? 'get').toUpperCase(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    });
  }
}

function attr(tag: string, name: string): string | undefined {
  const match =
    new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag) ??
    new RegExp(`\\b${name}\\s*=\\s*'([^']*)'`, 'i').exec(tag);
  return match?.[1]?.replaceAll('&amp;', '&');
}
