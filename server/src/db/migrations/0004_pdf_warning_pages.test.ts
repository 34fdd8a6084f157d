import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database';
import { migrate, MIGRATIONS } from '../migrate';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';

const NAME = '0004_pdf_warning_pages';

describe.each(testDatabaseKinds())(`migration ${NAME} on $dialect`, (kind) => {
  const made: TestDatabase[] = [];
  afterAll(async () => {
    for (const t of made) await t.dispose();
  });

  it('turns the old unreadable-page counts into counts, leaving everything else alone', async () => {
    const t = await kind.create();
    made.push(t);
    const db = openDatabase(t);
    try {
      expect(
        await migrate(
          db,
          MIGRATIONS.filter((m) => m.name !== NAME),
        ),
      ).not.toContain(NAME);
      const doc = (id: string, warnings: string[]) => ({
        project_id: 'p',
        id,
        name: `${id}.pdf`,
        kind: 'pdf' as const,
        media_type: 'application/pdf',
        size: 1,
        sha256: id,
        page_count: 16,
        char_count: 0,
        warnings: JSON.stringify(warnings),
        text: '',
        page_starts: '[0]',
        created_by: 'u',
        created_at: '2026-01-01T00:00:00.000Z',
      });
      await db.kysely
        .insertInto('documents')
        .values([
          doc('counted', ['unreadablePages:11', 'passwordProtected']),
          doc('listed', ['unreadablePages:3–5, 9']),
          doc('clean', []),
        ])
        .execute();
      expect(await migrate(db)).toEqual([NAME]);
      const rows = await db.kysely
        .selectFrom('documents')
        .select(['id', 'warnings'])
        .orderBy('id')
        .execute();
      expect(rows.map((r) => [r.id, JSON.parse(r.warnings) as string[]])).toEqual([
        ['clean', []],
        ['counted', ['unreadablePageCount:11', 'passwordProtected']],
        ['listed', ['unreadablePages:3–5, 9']],
      ]);
    } finally {
      await db.close();
    }
  });
});
