import type { InterviewSession, InterviewStore } from '../interview/store';
import type { VettingDb } from './tables';

const parse = (data: string) => JSON.parse(data) as InterviewSession;

/**
 * Interview sessions in the platform database: one row per attempt holding the session as JSON,
 * with the columns queries need (expert, status, start) beside it. Updates are compare-and-set on
 * `version`, so a retried request or a second tab cannot overwrite a newer state.
 */
export function createDbInterviewStore(db: VettingDb): InterviewStore {
  return {
    async insert(session) {
      await db
        .insertInto('interview_sessions')
        .values({
          id: session.id,
          expert_id: session.expertId,
          status: session.status,
          version: session.version,
          started_at: session.startedAt,
          data: JSON.stringify(session),
        })
        .execute();
    },
    async get(id) {
      const row = await db
        .selectFrom('interview_sessions')
        .select('data')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? parse(row.data) : undefined;
    },
    async update(next) {
      const result = await db
        .updateTable('interview_sessions')
        .set({ status: next.status, version: next.version, data: JSON.stringify(next) })
        .where('id', '=', next.id)
        .where('version', '=', next.version - 1)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async listByExpert(expertId) {
      const rows = await db
        .selectFrom('interview_sessions')
        .select('data')
        .where('expert_id', '=', expertId)
        .orderBy('started_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => parse(r.data));
    },
  };
}
