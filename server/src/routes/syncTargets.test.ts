/**
 * What a pushed annotation may point at: every part of its target must lie in its document
 * (item 4 of "Trust first"), and every relation must point at an annotation of the same project
 * that its author can see (item 12). Refusals are reported with a reason and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { AnnotationWire } from '../../../shared/model/annotationSchema';
import type { Mutation, PullResponse, PushResponse } from '../../../shared/sync/protocol';
import type { Platform } from '../platform';
import { toPrincipal } from '../services/accounts/accounts';
import { createFixture, SECRET_TEXT, type Fixture } from '../testing/fixture';
import { api, startTestPlatform } from '../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';
import { tinyPdf } from '../testing/tinyPdf';

type Target = AnnotationWire['target'];
type SpanTarget = Extract<Target, { kind: 'span' }>;

const PDF_PAGES = ['First page of the opinion', 'Second page of it'];

describe.each(testDatabaseKinds())('sync targets and relations on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  let pdfId: string;
  let pdfText: string;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    f = await createFixture(platform);
    const requester = await platform.services.accounts.byId(f.ids.requester);
    const pdf = await platform.services.documents.upload(toPrincipal(requester!), f.projectP, {
      name: 'opinion.pdf',
      bytes: tinyPdf(PDF_PAGES),
    });
    pdfId = pdf.id;
    const content = await api(
      platform,
      'GET',
      `/projects/${f.projectP}/documents/${pdfId}/content`,
      { token: f.tokens.owner },
    );
    pdfText = (content.body as { text: string }).text;
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  const annotation = (target: Target, over: Partial<AnnotationWire> = {}): AnnotationWire => ({
    id: uuidv7(),
    projectId: f.projectP,
    documentId: f.documentP,
    target,
    body: { labels: ['indemnity'] },
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    ...over,
  });
  /** A span of the text document as the app makes it (quote with its context). */
  const quoteIn = (text: string, start: number, end: number) => ({
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  });
  const span = (start: number, end: number, over: Partial<SpanTarget> = {}): SpanTarget => ({
    kind: 'span',
    position: { start, end },
    quote: quoteIn(SECRET_TEXT, start, end),
    ...over,
  });
  const pdfSpan = (start: number, end: number, pages: SpanTarget['pages']): SpanTarget => ({
    kind: 'span',
    position: { start, end },
    quote: quoteIn(pdfText, start, end),
    ...(pages ? { pages } : {}),
  });

  async function push(token: string | undefined, annotations: AnnotationWire[]) {
    const mutations: Mutation[] = annotations.map((a, i) => ({
      id: i + 1,
      kind: 'annotation.put',
      annotation: a,
    }));
    const response = await api(platform, 'POST', '/sync/push', {
      token,
      body: { clientId: uuidv7(), mutations },
    });
    expect(response.status).toBe(200);
    return (response.body as PushResponse).outcomes;
  }

  async function storedIds(token: string | undefined, projectId = f.projectP): Promise<string[]> {
    const ids: string[] = [];
    let cursor = '';
    for (;;) {
      const page = (
        await api(
          platform,
          'GET',
          `/sync/pull?projectId=${projectId}&cursor=${encodeURIComponent(cursor)}&limit=1000`,
          { token },
        )
      ).body as PullResponse;
      ids.push(...page.changes.map((c) => c.annotationId));
      cursor = page.cursor;
      if (!page.hasMore) return ids;
    }
  }

  it('item 4: refuses targets whose fragments, offsets, quote, pages or rects do not fit the document, and stores none of them', async () => {
    const text = SECRET_TEXT.length;
    const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
    const outside: Record<string, AnnotationWire> = {
      'a fragment starting past the text': annotation(
        span(0, 5, { fragments: [{ start: 2 ** 31, end: 5 }] }),
      ),
      'a fragment running past the text': annotation(
        span(0, 5, { fragments: [{ start: 0, end: 2 ** 31 }] }),
      ),
      'fragments out of order': annotation(
        span(0, 12, {
          fragments: [
            { start: 4, end: 12 },
            { start: 0, end: 3 },
          ],
        }),
      ),
      'overlapping fragments': annotation(
        span(0, 12, {
          fragments: [
            { start: 0, end: 8 },
            { start: 4, end: 12 },
          ],
        }),
      ),
      'fragments outside the span they belong to': annotation(
        span(4, 12, {
          fragments: [
            { start: 4, end: 8 },
            { start: 20, end: 30 },
          ],
        }),
      ),
      'an end past the text': annotation(span(text - 2, text + 3)),
      'a reversed span': annotation(span(12, 4)),
      'page areas on a text document': annotation(
        span(4, 12, { pages: [{ pageIndex: 0, rects: [] }] }),
      ),
      'a region on a text document': annotation({
        kind: 'region',
        page: { pageIndex: 0, rects: [box(0, 0, 10, 10)] },
      }),
      'a region past the last page': annotation(
        { kind: 'region', page: { pageIndex: 2, rects: [box(72, 72, 144, 144)] } },
        { documentId: pdfId },
      ),
      'a region outside the page box': annotation(
        { kind: 'region', page: { pageIndex: 0, rects: [box(72, 72, 9_000, 144)] } },
        { documentId: pdfId },
      ),
      'an inverted rect': annotation(
        { kind: 'region', page: { pageIndex: 0, rects: [box(144, 72, 72, 144)] } },
        { documentId: pdfId },
      ),
      'span pages past the last page': annotation(
        pdfSpan(0, 5, [{ pageIndex: 7, rects: [box(72, 700, 100, 712)] }]),
        { documentId: pdfId },
      ),
      'span rects outside the page box': annotation(
        pdfSpan(0, 5, [{ pageIndex: 0, rects: [box(-5_000, 700, 100, 712)] }]),
        { documentId: pdfId },
      ),
      'a span page its text is not on': annotation(
        pdfSpan(0, 5, [{ pageIndex: 1, rects: [box(72, 700, 100, 712)] }]),
        { documentId: pdfId },
      ),
    };
    const wrongQuote: Record<string, AnnotationWire> = {
      'another word of the same length': annotation(
        span(4, 12, {
          quote: { exact: 'Licensor', prefix: 'The ', suffix: ' shall' },
        }),
      ),
      'a prefix that is not the text before it': annotation(
        span(4, 12, {
          quote: { exact: 'Licensee', prefix: 'A ', suffix: ' shall' },
        }),
      ),
      'a suffix that is not the text after it': annotation(
        span(4, 12, {
          quote: { exact: 'Licensee', prefix: 'The ', suffix: ' must' },
        }),
      ),
    };
    const cases = [
      ...Object.entries(outside).map(([name, a]) => ({ name, a, reason: 'targetOutside' })),
      ...Object.entries(wrongQuote).map(([name, a]) => ({ name, a, reason: 'quoteMismatch' })),
    ];
    const outcomes = await push(
      f.tokens.owner,
      cases.map((c) => c.a),
    );
    expect(
      outcomes.map((o, i) => [cases[i]!.name, o.status === 'rejected' ? o.reason : o.status]),
    ).toEqual(cases.map((c) => [c.name, c.reason]));
    const stored = new Set(await storedIds(f.tokens.owner));
    expect(cases.filter((c) => stored.has(c.a.id)).map((c) => c.name)).toEqual([]);
  });

  it('item 4: accepts the targets the app makes (spans, fragments, PDF spans and regions)', async () => {
    const good = [
      annotation(span(4, 12)),
      annotation(
        span(4, 28, {
          fragments: [
            { start: 4, end: 12 },
            { start: 19, end: 28 },
          ],
        }),
      ),
      annotation(span(0, SECRET_TEXT.length)),
      annotation({ kind: 'document' }),
      annotation(
        pdfSpan(0, 5, [{ pageIndex: 0, rects: [{ x1: 72, y1: 698, x2: 102, y2: 712 }] }]),
        {
          documentId: pdfId,
        },
      ),
      annotation(
        { kind: 'region', page: { pageIndex: 1, rects: [{ x1: 0, y1: 0, x2: 612, y2: 792 }] } },
        { documentId: pdfId },
      ),
    ];
    const outcomes = await push(f.tokens.owner, good);
    expect(outcomes.map((o) => o.status)).toEqual(good.map(() => 'applied'));
    const stored = new Set(await storedIds(f.tokens.owner));
    expect(good.every((a) => stored.has(a.id))).toBe(true);
  });

  it('item 12: relations must point at annotations of the same project that the author can see', async () => {
    const inQ = annotation(
      { kind: 'document' },
      { projectId: f.projectQ, documentId: f.documentQ },
    );
    expect(await push(f.tokens.otherProjectMember, [inQ])).toEqual([{ id: 1, status: 'applied' }]);
    const reviewers = annotation(span(4, 12));
    expect(await push(f.tokens.reviewer, [reviewers])).toEqual([{ id: 1, status: 'applied' }]);
    const own = annotation(span(19, 28));

    const relate = (targetId: string) =>
      annotation(span(0, 3), { body: { labels: ['cap'], relations: [{ type: 'of', targetId }] } });
    const later = annotation(span(33, 41));
    const cases = [
      { name: 'own, pushed earlier in the same push', a: own, outcome: 'applied' },
      { name: 'own annotation', a: relate(own.id), outcome: 'applied' },
      { name: 'own, pushed later in the same push', a: relate(later.id), outcome: 'applied' },
      { name: 'the later one', a: later, outcome: 'applied' },
      { name: 'another organisation’s project', a: relate(inQ.id), outcome: 'relationTarget' },
      { name: 'someone else’s, not visible', a: relate(reviewers.id), outcome: 'relationTarget' },
      { name: 'an id nobody used', a: relate(uuidv7()), outcome: 'relationTarget' },
    ];
    const outcomes = await push(
      f.tokens.owner,
      cases.map((c) => c.a),
    );
    expect(
      outcomes.map((o, i) => [cases[i]!.name, o.status === 'rejected' ? o.reason : o.status]),
    ).toEqual(cases.map((c) => [c.name, c.outcome]));
    const stored = new Set(await storedIds(f.tokens.owner));
    expect(cases.filter((c) => stored.has(c.a.id)).map((c) => c.name)).toEqual([
      'own, pushed earlier in the same push',
      'own annotation',
      'own, pushed later in the same push',
      'the later one',
    ]);
    // A reviewer sees everyone's work, so may relate to the expert's annotation.
    expect(await push(f.tokens.reviewer, [relate(own.id)])).toEqual([{ id: 1, status: 'applied' }]);
  });
});
