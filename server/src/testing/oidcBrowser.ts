/**
 * A stand-in for the system browser in sign-in tests: keeps cookies, follows redirects by hand,
 * and finds the forms on the pages the platform renders.
 */
import * as client from 'openid-client';
import type { Platform } from '../platform';
import { DESKTOP_CLIENT_ID } from '../auth/provider';

export class Browser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** Follows redirects until one leaves for `stopAt` (the app's loopback redirect) or a page renders. */
  async follow(
    url: string,
    stopAt: string,
    init?: RequestInit,
  ): Promise<{ url: string; response?: Response }> {
    let next = url;
    let response = await this.request(next, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (!location || response.status < 300 || response.status >= 400)
        return { url: next, response };
      next = new URL(location, next).href;
      if (next.startsWith(stopAt)) return { url: next };
      response = await this.request(next);
    }
    throw new Error('too many redirects');
  }
}

export function formAction(html: string, which: string): string {
  const match = new RegExp(`action="([^"]*/${which})"`).exec(html);
  if (!match) throw new Error(`no ${which} form in page`);
  return match[1]!;
}

export function discoverDesktopClient(platform: Platform): Promise<client.Configuration> {
  return client.discovery(new URL(platform.issuer), DESKTOP_CLIENT_ID, undefined, client.None(), {
    execute: [client.allowInsecureRequests],
  });
}

/** Starts a sign-in as the desktop app would and stops at the login form. */
export async function openLoginForm(
  platform: Platform,
  config: client.Configuration,
): Promise<{ browser: Browser; loginUrl: string }> {
  const redirectUri = `http://127.0.0.1:${49152 + Math.floor(Math.random() * 10000)}/callback`;
  const authUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile offline_access',
    prompt: 'consent',
    code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
    code_challenge_method: 'S256',
    state: client.randomState(),
  });
  const browser = new Browser();
  const login = await browser.follow(authUrl.href, redirectUri);
  const html = await login.response!.text();
  return { browser, loginUrl: new URL(formAction(html, 'login'), platform.url).href };
}
