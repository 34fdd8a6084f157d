import { Compile } from 'typebox/compile';
import { uuidv7 } from 'uuidv7';
import type { TextAnalyser } from '../../../../shared/interview/analysis';
import {
  DEFAULT_FOLLOW_UP_POLICY,
  type FollowUpPolicy,
} from '../../../../shared/interview/followUp';
import { IntegrityEvent } from '../../../../shared/interview/integrity';
import { addOverride } from '../../../../shared/interview/override';
import { buildPlan, type PlanProject } from '../../../../shared/interview/plan';
import type { InterviewResult } from '../../../../shared/interview/result';
import {
  canStartInterview,
  DEFAULT_RETAKE_POLICY,
  type RetakeDecision,
  type RetakePolicy,
} from '../../../../shared/interview/retake';
import type { ProfileSnapshot } from '../../../../shared/interview/suggestions';
import { createWinkAnalyser } from '../../../../shared/interview/winkAnalyser';
import { EngineError, type InterviewEngine } from './engine';
import { InterviewError } from './errors';
import { buildResult } from './result';
import type { InterviewSession, InterviewStore } from './store';
import {
  afterAnswer,
  lastActivity,
  outcomeOf,
  questionTurn,
  toPrompt,
  type AnswerOutcome,
  type Prompt,
} from './transitions';

export type { AnswerOutcome, Prompt } from './transitions';

export interface InterviewServiceOptions {
  readonly store: InterviewStore;
  readonly engine: InterviewEngine;
  readonly analyser?: TextAnalyser;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly retakePolicy?: RetakePolicy;
  readonly followUpPolicy?: FollowUpPolicy;
  /** An interview left untouched this long counts as abandoned. */
  readonly abandonAfterHours?: number;
}

export const MAX_ANSWER_CHARS = 20_000;
const MAX_INTEGRITY_EVENTS = 5_000;
const integrityEvent = Compile(IntegrityEvent);

/**
 * Runs interviews: start → prompt → answer → follow-up or next → … → score. Every change goes
 * through the store with compare-and-set, so two tabs or a retried request cannot corrupt a
 * session. Methods an expert calls take the expert's id and never reveal others' sessions.
 */
export class InterviewService {
  private readonly store: InterviewStore;
  private readonly engine: InterviewEngine;
  private readonly analyser: TextAnalyser;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly retakePolicy: RetakePolicy;
  private readonly followUpPolicy: FollowUpPolicy;
  private readonly abandonAfterMs: number;

  constructor(options: InterviewServiceOptions) {
    this.store = options.store;
    this.engine = options.engine;
    this.analyser = options.analyser ?? createWinkAnalyser();
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? uuidv7;
    this.retakePolicy = options.retakePolicy ?? DEFAULT_RETAKE_POLICY;
    this.followUpPolicy = options.followUpPolicy ?? DEFAULT_FOLLOW_UP_POLICY;
    this.abandonAfterMs = (options.abandonAfterHours ?? 24) * 3_600_000;
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** Whether the expert may start now, and if not, why and when. */
  async eligibility(expertId: string): Promise<RetakeDecision> {
    const sessions = await this.abandonStale(await this.store.listByExpert(expertId));
    return canStartInterview(
      sessions.map((s) => ({
        sessionId: s.id,
        status: s.status,
        startedAt: s.startedAt,
        ...(s.endedAt ? { endedAt: s.endedAt } : {}),
      })),
      sessions.flatMap((s) => s.retakeGrants),
      this.stamp(),
      this.retakePolicy,
    );
  }

  async start(input: {
    readonly expertId: string;
    readonly profile: ProfileSnapshot;
    readonly projects: readonly PlanProject[];
  }): Promise<{ readonly sessionId: string; readonly prompt: Prompt }> {
    const decision = await this.eligibility(input.expertId);
    if (!decision.allowed)
      throw new InterviewError('not-allowed', decision.reason, {
        ...(decision.retryAt ? { retryAt: decision.retryAt } : {}),
        ...(decision.resumeSessionId ? { resumeSessionId: decision.resumeSessionId } : {}),
      });
    const previous = await this.store.listByExpert(input.expertId);
    const seen = new Set(previous.flatMap((s) => s.plan.items.map((i) => i.questionId)));
    const plan = buildPlan({ expertise: input.profile.domains, projects: input.projects, seen });
    const startedAt = this.stamp();
    const first = questionTurn(this.newId(), plan.items[0]!.questionId, 0, startedAt);
    const session: InterviewSession = {
      id: this.newId(),
      expertId: input.expertId,
      version: 1,
      status: 'in-progress',
      startedAt,
      plan,
      profile: input.profile,
      turns: [first],
      integrity: [],
      retakeGrants: [],
    };
    await this.store.insert(session);
    return { sessionId: session.id, prompt: toPrompt(session, first) };
  }

  /** The prompt awaiting an answer (to resume after a reload), or null once all are answered. */
  async current(sessionId: string, expertId: string): Promise<Prompt | null> {
    const session = await this.load(sessionId, expertId);
    const open = session.turns.at(-1);
    return session.status === 'in-progress' && open && !open.answer
      ? toPrompt(session, open)
      : null;
  }

  async answer(
    sessionId: string,
    expertId: string,
    turnId: string,
    text: string,
  ): Promise<AnswerOutcome> {
    const trimmed = text.trim();
    if (trimmed.length === 0) throw new InterviewError('invalid-input', 'The answer is empty.');
    if (text.length > MAX_ANSWER_CHARS)
      throw new InterviewError(
        'invalid-input',
        `Answers are limited to ${MAX_ANSWER_CHARS} characters.`,
      );
    const session = await this.load(sessionId, expertId);
    const open = session.turns.at(-1)!;
    const repeat = session.turns.find((t) => t.id === turnId && t.answer?.text === text);
    if (repeat) return outcomeOf(session); // a retried request: same answer, same outcome
    if (session.status !== 'in-progress')
      throw new InterviewError('wrong-state', `This interview is ${session.status}.`);
    if (open.id !== turnId || open.answer)
      throw new InterviewError(
        'conflict',
        'This question is no longer the current one; reload the interview.',
      );
    const change = afterAnswer(session, text, this.stamp(), {
      analyser: this.analyser,
      policy: this.followUpPolicy,
      newId: this.newId,
    });
    return outcomeOf(await this.save(session, change));
  }

  /** Pastes and focus changes reported by the client for prompts of this session. */
  async recordIntegrity(
    sessionId: string,
    expertId: string,
    events: readonly unknown[],
  ): Promise<void> {
    const session = await this.load(sessionId, expertId);
    const turnIds = new Set(session.turns.map((t) => t.id));
    const valid = events.filter(
      (e): e is IntegrityEvent => integrityEvent.Check(e) && turnIds.has(e.turnId),
    );
    if (valid.length !== events.length)
      throw new InterviewError(
        'invalid-input',
        'Some integrity events are malformed or name unknown prompts.',
      );
    if (session.integrity.length + valid.length > MAX_INTEGRITY_EVENTS)
      throw new InterviewError('invalid-input', 'Too many integrity events for one interview.');
    await this.save(session, { integrity: [...session.integrity, ...valid] });
  }

  async abandon(sessionId: string, expertId: string): Promise<void> {
    const session = await this.load(sessionId, expertId);
    if (session.status !== 'in-progress')
      throw new InterviewError('wrong-state', `This interview is ${session.status}.`);
    await this.save(session, { status: 'abandoned', endedAt: this.stamp() });
  }

  /**
   * Scores a finished interview (or re-scores after a failure). Slow with a model engine: the
   * platform may run it in a background job. On an engine failure the session keeps its answers,
   * records the error and no score; the EngineError is rethrown for the caller to report.
   */
  async score(sessionId: string): Promise<InterviewResult> {
    const session = await this.loadAny(sessionId);
    if (session.status === 'scored' && session.result) return session.result;
    if (session.status !== 'answered' && session.status !== 'scoring-failed')
      throw new InterviewError(
        'wrong-state',
        `Only a finished interview can be scored; this one is ${session.status}.`,
      );
    try {
      const scoring = await this.engine.score({ plan: session.plan, turns: session.turns });
      const result = buildResult(session, scoring, this.analyser, this.stamp());
      await this.save(session, { status: 'scored', result, scoringError: undefined });
      return result;
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      await this.save(session, {
        status: 'scoring-failed',
        scoringError: { code: error.code, message: error.message, at: this.stamp() },
      });
      throw error;
    }
  }

  async override(
    sessionId: string,
    reviewerId: string,
    change: { competencyId: string; score: number; reason: string },
  ): Promise<InterviewResult> {
    const session = await this.loadAny(sessionId);
    if (!session.result)
      throw new InterviewError('wrong-state', 'This interview has no score to override.');
    const result = addOverride(session.result, { ...change, reviewerId, at: this.stamp() });
    await this.save(session, { result });
    return result;
  }

  /** Lets the expert retake now, once, whatever the cool-down (a reviewer's decision, with reason). */
  async grantRetake(expertId: string, reviewerId: string, reason: string): Promise<void> {
    if (reason.trim().length < 10)
      throw new InterviewError('invalid-input', 'A retake grant needs a reason.');
    const last = (await this.store.listByExpert(expertId)).at(-1);
    if (!last) throw new InterviewError('not-found', 'This expert has not taken the interview.');
    await this.save(last, {
      retakeGrants: [...last.retakeGrants, { reviewerId, reason: reason.trim(), at: this.stamp() }],
    });
  }

  /** The expert's own view of a session: plan, prompts and answers, and the result once scored. */
  async transcript(
    sessionId: string,
    expertId: string,
  ): Promise<Pick<InterviewSession, 'id' | 'status' | 'plan' | 'turns' | 'result'>> {
    const { id, status, plan, turns, result } = await this.load(sessionId, expertId);
    return { id, status, plan, turns, ...(result ? { result } : {}) };
  }

  private async loadAny(sessionId: string): Promise<InterviewSession> {
    const session = await this.store.get(sessionId);
    if (!session) throw new InterviewError('not-found', 'No such interview.');
    return session;
  }

  private async load(sessionId: string, expertId: string): Promise<InterviewSession> {
    const session = await this.store.get(sessionId);
    if (!session || session.expertId !== expertId)
      throw new InterviewError('not-found', 'No such interview.');
    return session;
  }

  private async save(
    session: InterviewSession,
    change: Partial<InterviewSession>,
  ): Promise<InterviewSession> {
    const next = { ...session, ...change, version: session.version + 1 } as InterviewSession;
    if (!(await this.store.update(next)))
      throw new InterviewError('conflict', 'The interview changed meanwhile; reload it.');
    return next;
  }

  private async abandonStale(sessions: InterviewSession[]): Promise<InterviewSession[]> {
    const cutoff = this.now().getTime() - this.abandonAfterMs;
    return Promise.all(
      sessions.map((s) =>
        s.status === 'in-progress' && lastActivity(s) <= cutoff
          ? this.save(s, { status: 'abandoned', endedAt: new Date(lastActivity(s)).toISOString() })
          : Promise.resolve(s),
      ),
    );
  }
}
