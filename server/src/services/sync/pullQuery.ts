import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../../db/database';
import type { Database } from '../../db/schema';
import { encodeCursor } from '../../../../shared/sync/cursor';

/** One page of a project's changes, as the pull route asks for it. */
export interface PullQuery {
  readonly projectId: string;
  /** The version the client's cursor stands for: changes after it are sent. */
  readonly after: number;
  readonly limit: number;
  /** Only this account's annotations (experts), or everyone's (null: reviewers, managers). */
  readonly creatorId: string | null;
}

/**
 * One change as the wire has it (PullResponse.changes[i]), spelled out by the database. `data`
 * is the annotation's JSON as stored, validated against AnnotationSchema on push; ids are UUIDs
 * and versions integers, so nothing here needs escaping.
 */
const CHANGE = sql<string>`case when deleted = 1
  then '{"annotationId":"' || id || '","version":' || version || ',"deleted":true}'
  else '{"annotationId":"' || id || '","version":' || version || ',"deleted":false,"annotation":' || data || '}'
  end`;

/**
 * The pull response body, encoded. The page's changes are joined by the database (SQLite hands
 * them over as one blob, PostgreSQL as one string) instead of as 500 row objects whose JSON would
 * be parsed and written again: on a 500-change page that was most of the request's time.
 */
export async function readPullBody(
  db: Kysely<Database>,
  dialect: DialectName,
  query: PullQuery,
): Promise<Buffer> {
  const { projectId, after, limit, creatorId } = query;
  const creator = creatorId === null ? sql`` : sql` and creator_id = ${creatorId}`;
  const page = sql`select version, ${CHANGE} as change from annotations
    where project_id = ${projectId} and version > ${after}${creator}
    order by version limit ${limit}`;
  const joined =
    dialect === 'sqlite'
      ? sql`cast(group_concat(change, ',' order by version) as blob)`
      : sql`string_agg(change, ',' order by version)`;
  const { rows } = await sql<{
    n: number | string;
    last: number | string | null;
    changes: Buffer | string | null;
  }>`select count(*) as n, max(version) as last, ${joined} as changes from (${page}) as page`.execute(
    db,
  );
  const row = rows[0];
  const n = Number(row?.n ?? 0);
  const last = row?.last === null || row?.last === undefined ? after : Number(row.last);
  // A full page may be the last one: ask whether anything follows it.
  const hasMore =
    n === limit &&
    (
      await sql`select 1 as one from annotations
        where project_id = ${projectId} and version > ${last}${creator} limit 1`.execute(db)
    ).rows.length > 0;
  const changes = row?.changes ?? '';
  return Buffer.concat([
    Buffer.from(`{"projectId":"${projectId}","changes":[`),
    typeof changes === 'string' ? Buffer.from(changes) : changes,
    Buffer.from(`],"cursor":${JSON.stringify(encodeCursor(last))},"hasMore":${hasMore}}`),
  ]);
}
