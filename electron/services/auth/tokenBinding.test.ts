import { describe, expect, it } from 'vitest';
import {
  fetchOnlyTo,
  normalizePlatformUrl,
  sameBinding,
  TokenOriginRefused,
  type TokenBinding,
} from './tokenBinding';

const a: TokenBinding = {
  platformUrl: 'https://a.example.org',
  issuer: 'https://a.example.org/oidc',
  clientId: 'glossator-desktop',
};

describe('token binding', () => {
  it('treats one address however it was typed as one platform', () => {
    expect(normalizePlatformUrl('https://A.example.org/')).toBe('https://a.example.org');
    expect(normalizePlatformUrl('https://a.example.org/glossator//')).toBe(
      'https://a.example.org/glossator',
    );
    expect(sameBinding(a, { ...a, platformUrl: 'https://a.example.org/' })).toBe(true);
  });

  it('tells platforms apart by origin, path, issuer and client', () => {
    expect(sameBinding(a, { ...a, platformUrl: 'https://b.example.org' })).toBe(false);
    expect(sameBinding(a, { ...a, platformUrl: 'https://a.example.org:8443' })).toBe(false);
    expect(sameBinding(a, { ...a, platformUrl: 'http://a.example.org' })).toBe(false);
    expect(sameBinding(a, { ...a, platformUrl: 'https://a.example.org/other' })).toBe(false);
    expect(sameBinding(a, { ...a, issuer: 'https://b.example.org/oidc' })).toBe(false);
    expect(sameBinding(a, { ...a, clientId: 'someone-else' })).toBe(false);
  });

  it('sends nothing to another origin, however the URL is dressed up', async () => {
    const sent: string[] = [];
    const guarded = fetchOnlyTo(a.platformUrl, (input) => {
      sent.push(input instanceof Request ? input.url : input.toString());
      return Promise.resolve(new Response('{}'));
    });
    for (const url of [
      'https://b.example.org/me',
      'https://a.example.org.evil.test/me',
      'https://a.example.org@evil.test/me',
      'http://a.example.org/me',
      'https://a.example.org:444/me',
    ])
      await expect(guarded(url)).rejects.toBeInstanceOf(TokenOriginRefused);
    await expect(guarded(new Request('https://evil.test/'))).rejects.toBeInstanceOf(
      TokenOriginRefused,
    );
    expect(sent).toEqual([]);
    await guarded('https://a.example.org/me');
    expect(sent).toEqual(['https://a.example.org/me']);
  });

  it('refuses to follow redirects (a 30x elsewhere must not carry the Authorization header)', async () => {
    const modes: (RequestRedirect | undefined)[] = [];
    const guarded = fetchOnlyTo(a.platformUrl, (_input, init) => {
      modes.push(init?.redirect);
      return Promise.resolve(new Response('{}'));
    });
    await guarded('https://a.example.org/me');
    await guarded('https://a.example.org/me', { redirect: 'follow' });
    await guarded('https://a.example.org/oidc/token', { redirect: 'manual' });
    expect(modes).toEqual(['error', 'error', 'manual']);
  });
});
