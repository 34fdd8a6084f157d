/**
 * Defence in depth for item 4 of "Trust first": the platform's own W3C export leaves out a row
 * stored before targets were checked, in a shape that is no place in its document.
 */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { quoteAt } from '../../../../shared/anchor/quote';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import type { Platform } from '../../platform';
import { SECRET_TEXT, type Fixture } from '../../testing/fixture';
import { api } from '../../testing/harness';
import { useFixturePlatform } from '../../testing/fixturePlatform';
import { testDatabaseKinds } from '../../testing/testDatabases';
import { toPrincipal } from '../accounts/accounts';
import { exportProjectW3c } from './w3c';

describe.each(testDatabaseKinds())('W3C export of stored rows on $dialect', (kind) => {
  let platform: Platform;
  let f: Fixture;
  useFixturePlatform(kind, (started) => ({ platform, f } = started));

  it('item 4: leaves out a stored annotation whose target is no place in its document', async () => {
    const annotation = (target: AnnotationWire['target']): AnnotationWire => ({
      id: uuidv7(),
      projectId: f.projectP,
      documentId: f.documentP,
      target,
      body: { labels: ['indemnity'] },
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    });
    const good = annotation({
      kind: 'span',
      position: { start: 4, end: 12 },
      quote: quoteAt(SECRET_TEXT, 4, 12),
    });
    const pushed = await api(platform, 'POST', '/sync/push', {
      token: f.tokens.owner,
      body: {
        clientId: uuidv7(),
        mutations: [{ id: 1, kind: 'annotation.put', annotation: good }],
      },
    });
    expect(pushed.status).toBe(200);
    // As an older server stored it, without the checks push makes now.
    const bad = annotation({
      kind: 'span',
      position: { start: 0, end: 5 },
      quote: quoteAt(SECRET_TEXT, 0, 5),
      fragments: [{ start: 0, end: 2 ** 31 }],
    });
    await platform.services.db.kysely
      .insertInto('annotations')
      .values({
        project_id: f.projectP,
        id: bad.id,
        document_id: f.documentP,
        creator_id: f.ids.owner,
        data: JSON.stringify(bad),
        deleted: 0,
        deleted_by: null,
        version: Date.now() * 1000 + 1_000_000,
        updated_at: new Date().toISOString(),
      })
      .execute();
    const requester = toPrincipal((await platform.services.accounts.byId(f.ids.requester))!);
    const started = performance.now();
    const collection = await exportProjectW3c(platform.services.db.kysely, requester, f.projectP);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(collection.first.items.map((item) => item.id)).toEqual([`urn:uuid:${good.id}`]);
  });
});
