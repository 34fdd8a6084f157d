import { Compile } from 'typebox/compile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import type { AnnotationWire } from '../../../../shared/model/annotationSchema';
import { decodeCursor } from '../../../../shared/sync/cursor';
import { PullResponse, type Mutation } from '../../../../shared/sync/protocol';
import type { Platform } from '../../platform';
import { createFixture, type Fixture } from '../../testing/fixture';
import { startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { toPrincipal } from '../accounts/accounts';
import { readPullBody } from './pullQuery';

const wire = Compile(PullResponse);

describe.each(testDatabaseKinds())('readPullBody on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let f: Fixture;
  const kept: AnnotationWire[] = [];
  let deletedId = '';
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    f = await createFixture(platform);
    const owner = toPrincipal((await platform.services.accounts.byId(f.ids.owner))!);
    const annotation = (rationale: string): AnnotationWire => ({
      id: uuidv7(),
      projectId: f.projectP,
      documentId: f.documentP,
      target: {
        kind: 'span',
        position: { start: 4, end: 12 },
        quote: { exact: 'Licensee', prefix: 'The ', suffix: ' shall' },
      },
      body: { labels: ['indemnity'], rationale },
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    });
    // Text that UTF-8 and JSON must carry exactly: emoji, combining marks, right-to-left, quotes.
    const texts = ['plain', '👩🏽‍⚖️ emoji', 'e\u0301 combining', 'שלום RTL', 'quote " and \\ slash'];
    kept.push(...texts.map(annotation));
    const doomed = annotation('to be deleted');
    deletedId = doomed.id;
    const mutations: Mutation[] = [...kept, doomed].map((a, i) => ({
      id: i + 1,
      kind: 'annotation.put',
      annotation: a,
    }));
    mutations.push({
      id: mutations.length + 1,
      kind: 'annotation.delete',
      projectId: f.projectP,
      annotationId: doomed.id,
    });
    await platform.services.sync.push(owner, { clientId: uuidv7(), mutations });
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  const read = async (after: number, limit: number, creatorId: string | null = f.ids.owner) => {
    const { kysely, dialect } = platform.services.db;
    const body = await readPullBody(kysely, dialect, {
      projectId: f.projectP,
      after,
      limit,
      creatorId,
    });
    const parsed = JSON.parse(body.toString('utf8')) as PullResponse;
    expect(wire.Check(parsed)).toBe(true);
    return parsed;
  };

  it('spells every change as the wire schema has it, text intact', async () => {
    const page = await read(0, 100);
    expect(page.projectId).toBe(f.projectP);
    expect(page.hasMore).toBe(false);
    const byId = new Map(page.changes.map((c) => [c.annotationId, c]));
    for (const a of kept) expect(byId.get(a.id)?.annotation?.body.rationale).toBe(a.body.rationale);
    expect(byId.get(deletedId)).toMatchObject({ deleted: true });
    expect(byId.get(deletedId)).not.toHaveProperty('annotation');
    const versions = page.changes.map((c) => c.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(decodeCursor(page.cursor)).toBe(versions.at(-1));
  });

  it('says hasMore only when something follows a full page', async () => {
    const all = (await read(0, 100)).changes;
    const first = await read(0, all.length - 1);
    expect(first.hasMore).toBe(true);
    expect(first.changes).toEqual(all.slice(0, -1));
    const exact = await read(0, all.length);
    expect(exact.hasMore).toBe(false);
    const rest = await read(decodeCursor(first.cursor)!, 100);
    expect(rest).toMatchObject({ changes: all.slice(-1), hasMore: false });
    const empty = await read(decodeCursor(rest.cursor)!, 100);
    expect(empty).toMatchObject({ changes: [], cursor: rest.cursor, hasMore: false });
  });

  it('keeps to one creator when asked, and to the project always', async () => {
    expect((await read(0, 100, f.ids.otherExpert)).changes).toEqual([]);
    const everyone = await read(0, 1000, null);
    expect(everyone.changes.every((c) => c.deleted || c.annotation?.projectId === f.projectP)).toBe(
      true,
    );
  });
});
