import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStaticFile, resolveStaticPath } from './staticFiles';

describe('static files for the renderer', () => {
  const root = mkdtempSync(join(tmpdir(), 'glossator-static-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');

  it('maps / to index.html and stays inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/a.js?v=1')).toBe(join(root, 'assets/a.js'));
  });

  it.each([
    '/../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/assets/%2e%2e/%2e%2e/secret',
    '/a%00.js',
    '/a\\..\\b',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeUndefined();
  });

  it('serves files with the security headers and a content type', async () => {
    const file = await loadStaticFile(root, '/index.html');
    expect(file.status).toBe(200);
    expect(file.headers['Content-Type']).toContain('text/html');
    expect(file.headers['Content-Security-Policy']).toContain("default-src 'self'");
    expect(file.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('answers 404 for missing files and directories', async () => {
    expect((await loadStaticFile(root, '/missing.js')).status).toBe(404);
    expect((await loadStaticFile(root, '/../../etc/passwd')).status).toBe(404);
  });
});
