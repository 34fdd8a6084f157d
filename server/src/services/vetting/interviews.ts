import { OverrideError } from '../../../../shared/interview/override';
import { PlanError, type PlanProject } from '../../../../shared/interview/plan';
import type { InterviewResult } from '../../../../shared/interview/result';
import type {
  AnswerOutcome,
  Eligibility,
  Prompt,
  SessionSummary,
  Transcript,
} from '../../../../shared/platform/ops/vettingSchemas';
import { EngineError, type InterviewEngine } from '../interview/engine';
import { InterviewError } from '../interview/errors';
import { InterviewService, type Prompt as ServicePrompt } from '../interview/service';
import type { InterviewSession } from '../interview/store';
import { notFound, ServiceError } from '../core/errors';
import type { Principal } from '../core/principal';
import { createDbInterviewStore } from './interviewStore';
import { requireExpert, requireVetter, type ProfileService } from './profiles';
import type { VettingDb } from './tables';

export interface InterviewDeps {
  readonly db: VettingDb;
  readonly profiles: ProfileService;
  readonly engine: InterviewEngine;
  /** Requirements of open listed projects: they steer the question plan. */
  readonly openProjects: () => Promise<PlanProject[]>;
  readonly now?: () => Date;
  readonly onScoringError?: (sessionId: string, error: unknown) => void;
}

/** The service's errors as HTTP errors (InterviewError codes: see interview/errors.ts). */
export function toServiceError(error: unknown): unknown {
  if (error instanceof InterviewError) {
    if (error.code === 'not-found') return notFound('interview');
    if (error.code === 'not-allowed') return new ServiceError('forbidden', error.message);
    if (error.code === 'invalid-input') return new ServiceError('badRequest', error.message);
    return new ServiceError('conflict', error.message);
  }
  if (error instanceof PlanError || error instanceof OverrideError)
    return new ServiceError('badRequest', error.message);
  if (error instanceof EngineError)
    return new ServiceError(
      'unprocessable',
      `Scoring did not finish (${error.code}); your answers are kept, try again later.`,
    );
  return error;
}

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toServiceError(error);
  }
}

export const summaryOf = (s: InterviewSession): SessionSummary => ({
  id: s.id,
  status: s.status,
  startedAt: s.startedAt,
  ...(s.endedAt ? { endedAt: s.endedAt } : {}),
  ...(s.scoringError ? { scoringError: s.scoringError } : {}),
});

const transcriptOf = (s: InterviewSession): Transcript => ({
  id: s.id,
  status: s.status,
  plan: s.plan as Transcript['plan'],
  turns: s.turns as Transcript['turns'],
  ...(s.result ? { result: s.result } : {}),
  ...(s.scoringError ? { scoringError: s.scoringError } : {}),
});

/** The interview for the platform: experts take it, reviewers read, override and grant retakes. */
export function createInterviews(deps: InterviewDeps) {
  const store = createDbInterviewStore(deps.db);
  const service = new InterviewService({
    store,
    engine: deps.engine,
    ...(deps.now ? { now: deps.now } : {}),
  });
  const scoring = new Set<Promise<unknown>>();

  async function own(principal: Principal, sessionId: string): Promise<InterviewSession> {
    requireExpert(principal);
    const session = await store.get(sessionId);
    if (!session || session.expertId !== principal.id) throw notFound('interview');
    return session;
  }

  async function withQuestion(sessionId: string, prompt: ServicePrompt): Promise<Prompt> {
    const session = await store.get(sessionId);
    const turn = session?.turns.find((t) => t.id === prompt.turnId);
    return { ...prompt, questionId: turn?.questionId ?? '' };
  }

  /** Scoring runs after the last answer without holding the request (a model may take a while). */
  function scoreInBackground(sessionId: string): void {
    const job = service
      .score(sessionId)
      .catch((error: unknown) => deps.onScoringError?.(sessionId, error))
      .finally(() => scoring.delete(job));
    scoring.add(job);
  }

  return {
    service,
    store,

    async eligibility(principal: Principal): Promise<Eligibility> {
      requireExpert(principal);
      const decision = await service.eligibility(principal.id);
      const latest = (await store.listByExpert(principal.id)).at(-1);
      return {
        allowed: decision.allowed,
        ...(decision.allowed
          ? {}
          : {
              reason: decision.reason,
              ...(decision.retryAt ? { retryAt: decision.retryAt } : {}),
              ...(decision.resumeSessionId ? { resumeSessionId: decision.resumeSessionId } : {}),
            }),
        ...(latest ? { latest: summaryOf(latest) } : {}),
      };
    },

    async start(principal: Principal): Promise<{ sessionId: string; prompt: Prompt }> {
      requireExpert(principal);
      const { profile } = await deps.profiles.load(principal.id);
      if (!profile || profile.domains.length === 0)
        throw new ServiceError(
          'badRequest',
          'Add at least one domain to your profile before the interview.',
        );
      const projects = await deps.openProjects();
      const started = await mapped(() =>
        service.start({ expertId: principal.id, profile, projects }),
      );
      return {
        sessionId: started.sessionId,
        prompt: await withQuestion(started.sessionId, started.prompt),
      };
    },

    async sessions(principal: Principal): Promise<SessionSummary[]> {
      requireExpert(principal);
      return (await store.listByExpert(principal.id)).map(summaryOf);
    },

    async current(principal: Principal, sessionId: string): Promise<{ prompt: Prompt | null }> {
      await own(principal, sessionId);
      const prompt = await mapped(() => service.current(sessionId, principal.id));
      return { prompt: prompt ? await withQuestion(sessionId, prompt) : null };
    },

    async answer(
      principal: Principal,
      sessionId: string,
      turnId: string,
      text: string,
    ): Promise<AnswerOutcome> {
      await own(principal, sessionId);
      const outcome = await mapped(() => service.answer(sessionId, principal.id, turnId, text));
      if ('done' in outcome) {
        const session = await store.get(sessionId);
        if (session?.status === 'answered') scoreInBackground(sessionId);
        return { done: true };
      }
      return { next: await withQuestion(sessionId, outcome.next) };
    },

    async integrity(principal: Principal, sessionId: string, events: unknown[]): Promise<void> {
      await own(principal, sessionId);
      await mapped(() => service.recordIntegrity(sessionId, principal.id, events));
    },

    async abandon(principal: Principal, sessionId: string): Promise<void> {
      await own(principal, sessionId);
      await mapped(() => service.abandon(sessionId, principal.id));
    },

    /** Scores now (or again after a failure) and answers with the transcript. */
    async score(principal: Principal, sessionId: string): Promise<Transcript> {
      await own(principal, sessionId);
      await mapped(() => service.score(sessionId));
      return transcriptOf((await store.get(sessionId))!);
    },

    async transcript(principal: Principal, sessionId: string): Promise<Transcript> {
      return transcriptOf(await own(principal, sessionId));
    },

    async reviewList(principal: Principal, expertId: string): Promise<SessionSummary[]> {
      requireVetter(principal);
      return (await store.listByExpert(expertId)).map(summaryOf);
    },

    async reviewGet(principal: Principal, sessionId: string): Promise<Transcript> {
      requireVetter(principal);
      const session = await store.get(sessionId);
      if (!session) throw notFound('interview');
      return transcriptOf(session);
    },

    async override(
      principal: Principal,
      sessionId: string,
      change: { competencyId: string; score: number; reason: string },
    ): Promise<InterviewResult> {
      requireVetter(principal);
      return mapped(() => service.override(sessionId, principal.id, change));
    },

    async grantRetake(principal: Principal, expertId: string, reason: string): Promise<void> {
      requireVetter(principal);
      await mapped(() => service.grantRetake(expertId, principal.id, reason));
    },

    /** The latest scored result of each expert (for matching), in one query. */
    async latestResults(expertIds: readonly string[]): Promise<Map<string, InterviewResult>> {
      const results = new Map<string, InterviewResult>();
      if (expertIds.length === 0) return results;
      const rows = await deps.db
        .selectFrom('interview_sessions')
        .select(['expert_id', 'data'])
        .where('expert_id', 'in', [...expertIds])
        .where('status', '=', 'scored')
        .orderBy('started_at')
        .orderBy('id')
        .execute();
      for (const row of rows) {
        const result = (JSON.parse(row.data) as InterviewSession).result;
        if (result) results.set(row.expert_id, result);
      }
      return results;
    },

    /** Waits for background scoring (tests, shutdown). */
    async drain(): Promise<void> {
      while (scoring.size > 0) await Promise.allSettled([...scoring]);
    },
  };
}

export type Interviews = ReturnType<typeof createInterviews>;
