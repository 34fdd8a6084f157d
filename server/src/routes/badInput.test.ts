import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { Platform } from '../platform';
import { corpusDir } from '../testing/corpus';
import { createFixture, definition, type Fixture } from '../testing/fixture';
import { api, startTestPlatform } from '../testing/harness';
import { useFixturePlatform } from '../testing/fixturePlatform';
import { testDatabaseKinds } from '../testing/testDatabases';
import { DEFAULT_PDF_LIMITS } from '../services/documents/pdf/extractPdf';

const PDFS = join(corpusDir(), 'pdf_robustness/pdfs');

describe.each(testDatabaseKinds())('bad input on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started), {
    limits: { maxUploadBytes: 4 * 1024 * 1024 },
    services: { pdfLimits: { ...DEFAULT_PDF_LIMITS, timeoutMs: 60_000 } },
  });

  const annotation = (over: Record<string, unknown> = {}) => ({
    id: uuidv7(),
    projectId: f.projectP,
    documentId: f.documentP,
    target: { kind: 'document' },
    body: { labels: ['indemnity'] },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  });
  const pushBody = (mutation: Record<string, unknown>) => ({
    clientId: uuidv7(),
    mutations: [{ id: 1, ...mutation }],
  });
  const expectClear4xx = (response: { status: number; body: unknown }, status: number) => {
    expect(response.status).toBe(status);
    const body = response.body as { error?: unknown; message?: unknown };
    expect(typeof body.error).toBe('string');
    expect(typeof body.message).toBe('string');
  };

  it('refuses extra fields anywhere', async () => {
    expectClear4xx(
      await api(platform, 'POST', '/projects', {
        token: f.tokens.requester,
        body: { ...definition('x'), admin: true },
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'PATCH', `/projects/${f.projectP}`, {
        token: f.tokens.requester,
        body: { organisationId: f.projectQ },
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'POST', '/sync/push', {
        token: f.tokens.owner,
        body: pushBody({
          kind: 'annotation.put',
          annotation: annotation({ target: { kind: 'document', extra: 1 } }),
        }),
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'POST', '/sync/push', {
        token: f.tokens.owner,
        body: pushBody({ kind: 'annotation.put', annotation: annotation(), serverVersion: 9 }),
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'GET', `/sync/pull?projectId=${f.projectP}&debug=1`, {
        token: f.tokens.owner,
      }),
      400,
    );
  });

  it('refuses wrong types without coercing them', async () => {
    const bad = {
      ...definition('x'),
      pay: { kind: 'perTask', rateMinor: '1000', currency: 'EUR' },
    };
    expectClear4xx(
      await api(platform, 'POST', '/projects', { token: f.tokens.requester, body: bad }),
      400,
    );
    expectClear4xx(
      await api(platform, 'POST', '/projects', { token: f.tokens.requester, body: [] }),
      400,
    );
    expectClear4xx(
      await api(platform, 'POST', '/projects', { token: f.tokens.requester, body: '{"name":' }),
      400,
    );
    expectClear4xx(
      await api(platform, 'POST', '/sync/push', {
        token: f.tokens.owner,
        body: pushBody({ kind: 'annotation.put', annotation: 'x' }),
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'POST', '/sync/push', {
        token: f.tokens.owner,
        body: {
          clientId: uuidv7(),
          mutations: [{ id: 1.5, kind: 'annotation.put', annotation: annotation() }],
        },
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'GET', `/sync/pull?projectId=${f.projectP}&limit=ten`, {
        token: f.tokens.owner,
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'GET', `/projects/not-a-uuid`, { token: f.tokens.owner }),
      400,
    );
  });

  it('refuses 10 MB strings with 413 and over-long fields with 400', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    expectClear4xx(
      await api(platform, 'POST', '/projects', {
        token: f.tokens.requester,
        body: { ...definition('x'), description: huge },
      }),
      413,
    );
    expectClear4xx(
      await api(platform, 'POST', '/sync/push', {
        token: f.tokens.owner,
        body: pushBody({
          kind: 'annotation.put',
          annotation: annotation({ body: { labels: ['indemnity'], rationale: huge } }),
        }),
      }),
      413,
    );
    expectClear4xx(
      await api(platform, 'POST', '/sync/push', {
        token: f.tokens.owner,
        body: pushBody({
          kind: 'annotation.put',
          annotation: annotation({
            body: { labels: ['indemnity'], rationale: 'y'.repeat(500_000) },
          }),
        }),
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'GET', `/sync/pull?projectId=${f.projectP}&cursor=${'v'.repeat(5000)}`, {
        token: f.tokens.owner,
      }),
      400,
    );
  });

  it('refuses NUL and lone surrogates rather than altering them', async () => {
    for (const name of ['a\u0000b', 'a\ud800b', 'b\udc00', '\udbff']) {
      expectClear4xx(
        await api(platform, 'POST', '/projects', {
          token: f.tokens.requester,
          body: definition(name),
        }),
        400,
      );
    }
    // Escaped in JSON text too.
    expectClear4xx(
      await api(platform, 'POST', '/projects', {
        token: f.tokens.requester,
        body: JSON.stringify(definition('x')).replace('"x"', '"\\ud83d"'),
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'POST', '/sync/push', {
        token: f.tokens.owner,
        body: pushBody({
          kind: 'annotation.put',
          annotation: annotation({ body: { labels: ['indemnity'], rationale: 'ok\u0000' } }),
        }),
      }),
      400,
    );
    expectClear4xx(
      await api(platform, 'GET', `/sync/pull?projectId=${f.projectP}&cursor=%00`, {
        token: f.tokens.owner,
      }),
      400,
    );
    // Well-formed astral characters are fine.
    const ok = await api(platform, 'POST', '/projects', {
      token: f.tokens.requester,
      body: definition('Règlement 😀 نص'),
    });
    expect(ok.status).toBe(201);
    expect((ok.body as { name: string }).name).toBe('Règlement 😀 نص');
  });

  async function upload(bytes: Uint8Array, name: string) {
    const form = new FormData();
    form.set('file', new Blob([bytes]), name);
    const response = await fetch(`${platform.url}/projects/${f.projectP}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${f.tokens.requester}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('refuses unreadable uploads clearly', async () => {
    expect(await upload(new Uint8Array(), 'empty.txt')).toMatchObject({
      status: 422,
      body: { problem: 'empty' },
    });
    expect(await upload(new Uint8Array([0xc3, 0x28, 0x41]), 'bad.txt')).toMatchObject({
      status: 422,
      body: { problem: 'invalidEncoding' },
    });
    expect(await upload(new Uint8Array(5 * 1024 * 1024), 'big.bin')).toMatchObject({ status: 413 });
    const text = await upload(new TextEncoder().encode('a\u0000b'.padEnd(10_000, 'c')), 'nul.txt');
    expect(text.status).toBe(422);
  });

  it('refuses encrypted and malformed PDFs with 422 and stays up for everyone else', async () => {
    const cases: [string, string][] = [
      ['issue3371.pdf', 'pdfPasswordRequired'],
      ['saslprep-r6.pdf', 'pdfPasswordRequired'],
      ['bug1020226.pdf', 'pdfMalformed'],
    ];
    const uploads = cases.map(([file]) =>
      upload(new Uint8Array(readFileSync(join(PDFS, file))), file),
    );
    // Other requests are served while the readers work.
    const started = Date.now();
    expect(
      (await api(platform, 'GET', `/projects/${f.projectP}`, { token: f.tokens.owner })).status,
    ).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
    const results = await Promise.all(uploads);
    results.forEach((result, i) =>
      expect(result, cases[i]![0]).toMatchObject({
        status: 422,
        body: { problem: cases[i]![1] },
      }),
    );
    const garbage = await upload(
      new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ntrailer'),
      'x.pdf',
    );
    expect(garbage).toMatchObject({ status: 422, body: { problem: 'pdfMalformed' } });
    const good = await upload(
      new Uint8Array(readFileSync(join(PDFS, 'TAMReview.pdf'))),
      'TAMReview.pdf',
    );
    expect(good).toMatchObject({ status: 201, body: { kind: 'pdf', pageCount: 23 } });
    expect((await api(platform, 'GET', '/health')).status).toBe(200);
  }, 120_000);

  it('a PDF that needs more memory than the cap is refused and the server stays up', async () => {
    const cappedDb = await kind.create();
    const capped = await startTestPlatform(cappedDb, {
      services: { pdfLimits: { ...DEFAULT_PDF_LIMITS, maxRssBytes: 48 * 1024 * 1024 } },
    });
    try {
      const g = await createFixture(capped);
      const form = new FormData();
      form.set('file', new Blob([readFileSync(join(PDFS, 'freeculture.pdf'))]), 'freeculture.pdf');
      const response = await fetch(`${capped.url}/projects/${g.projectP}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${g.tokens.requester}` },
        body: form,
      });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { problem: string; message: string };
      expect(body.problem).toBe('pdfMalformed');
      expect(body.message).toContain('memory');
      expect((await api(capped, 'GET', '/health')).status).toBe(200);
    } finally {
      await capped.close();
    }
  }, 120_000);
});
