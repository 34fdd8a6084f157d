import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, readServerConfig } from './config';

describe('TRUSTED_PROXIES', () => {
  it('reads addresses, CIDR ranges and the proxy-addr keywords', () => {
    expect(parseTrustedProxies(' 10.0.0.1, 10.1.0.0/16 ,loopback,fd00::/8 ')).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
      'loopback',
      'fd00::/8',
    ]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(readServerConfig({ TRUSTED_PROXIES: '127.0.0.1' }).trustedProxies).toEqual([
      '127.0.0.1',
    ]);
  });

  it('refuses what is not an address rather than trusting nothing or everything', () => {
    for (const bad of ['proxy.example', '10.0.0.0/33', '*', '10.0.0.1/8/1', '::1/129', 'true'])
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
  });
});
