import { describe, expect, it } from 'vitest';
import { isValidPlatformUrl } from './platformUrl';

describe('isValidPlatformUrl', () => {
  it.each([
    ['', true],
    ['https://glossator.example.org', true],
    ['https://glossator.example.org:8443/base', true],
    ['http://127.0.0.1:4000', true],
    ['http://localhost:4000', true],
    ['http://glossator.example.org', false],
    ['https://user:pass@glossator.example.org', false],
    ['https://glossator.example.org/?q=1', false],
    ['ftp://glossator.example.org', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, valid) => {
    expect(isValidPlatformUrl(url)).toBe(valid);
  });
});
