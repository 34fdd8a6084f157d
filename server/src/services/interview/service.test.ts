import { describe, expect, it } from 'vitest';
import { LAW_TRANSCRIPT } from '../../../../shared/interview/fixtures/law';
import { playTranscript } from '../../../../shared/interview/fixtures/transcript';
import type { ProfileSnapshot } from '../../../../shared/interview/suggestions';
import { createWinkAnalyser } from '../../../../shared/interview/winkAnalyser';
import { createBuiltinEngine } from './builtinEngine';
import { EngineError, type InterviewEngine } from './engine';
import { InterviewError } from './errors';
import { InterviewService } from './service';
import { createMemoryInterviewStore } from './store';

const analyser = createWinkAnalyser();
const builtin = createBuiltinEngine(analyser);
const profile: ProfileSnapshot = {
  credentials: [{ type: 'bar-admission', jurisdiction: 'US-NY' }],
  education: [],
  languages: [{ code: 'en', proficiency: 'native' }],
  domains: [...LAW_TRANSCRIPT.expertise],
};

function setup(engine: InterviewEngine = builtin) {
  let clock = Date.parse('2025-03-03T09:00:00.000Z');
  let ids = 0;
  const store = createMemoryInterviewStore();
  const service = new InterviewService({
    store,
    engine,
    analyser,
    now: () => new Date(clock),
    newId: () => `id-${(ids += 1)}`,
  });
  const advance = (seconds: number) => (clock += seconds * 1000);
  return { service, store, advance };
}

/** Answers every prompt from the law fixture, the way the interview view would. */
async function takeInterview(service: InterviewService, expertId = 'expert-1') {
  const { sessionId, prompt } = await service.start({
    expertId,
    profile,
    projects: LAW_TRANSCRIPT.projects,
  });
  let current = prompt;
  for (;;) {
    const transcript = await service.transcript(sessionId, expertId);
    const questionId = transcript.turns.find((t) => t.id === current.turnId)!.questionId;
    const fixture = LAW_TRANSCRIPT.answers[questionId]!;
    const text = current.kind === 'question' ? fixture.answer : fixture.followUp!;
    const outcome = await service.answer(sessionId, expertId, current.turnId, text);
    if ('done' in outcome) return sessionId;
    current = outcome.next;
  }
}

describe('InterviewService', () => {
  it('starts with the first planned question', async () => {
    const { service } = setup();
    const { sessionId, prompt } = await service.start({
      expertId: 'expert-1',
      profile,
      projects: LAW_TRANSCRIPT.projects,
    });
    expect(prompt).toMatchObject({ number: 1, total: 10, kind: 'question' });
    expect(prompt.text).toMatch(/^Walk me through a contract/);
    expect(await service.current(sessionId, 'expert-1')).toEqual(prompt);
  });

  it('records the result with provenance, suggestions and integrity', async () => {
    const { service } = setup();
    const sessionId = await takeInterview(service);
    const result = await service.score(sessionId);
    const expected = playTranscript(LAW_TRANSCRIPT, analyser);
    const oracle = await builtin.score(expected);
    expect(result.scores.map((s) => [s.competencyId, s.score])).toEqual(
      oracle.scores.map((s) => [s.competencyId, s.score]),
    );
    expect(result).toMatchObject({
      engine: {
        engine: 'builtin',
        model: 'wink-eng-lite-web-model@1.8.1',
        promptVersion: 'builtin-rules/1',
      },
      rubricVersion: 'rubric/1',
      bankVersion: 'bank/1',
      integrity: { affectsScore: false },
    });
    expect(result.suggestions.map((s) => s.id)).toEqual(['credential:bar-admission:CA-ON']);
    expect(await service.score(sessionId)).toEqual(result); // idempotent
  });

  it('asks follow-ups inside the flow and refuses answers to stale prompts', async () => {
    const { service } = setup();
    const { sessionId, prompt } = await service.start({ expertId: 'e', profile, projects: [] });
    const short = await service.answer(sessionId, 'e', prompt.turnId, 'I negotiated NDAs.');
    expect(short).toMatchObject({ next: { number: 1, kind: 'follow-up' } });
    // A retried request with the same answer gets the same outcome…
    expect(await service.answer(sessionId, 'e', prompt.turnId, 'I negotiated NDAs.')).toEqual(
      short,
    );
    // …a different answer to an old prompt is a conflict.
    await expect(
      service.answer(sessionId, 'e', prompt.turnId, 'Something else'),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.answer(sessionId, 'e', 'nope', 'x')).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(service.answer(sessionId, 'e', prompt.turnId, '   ')).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await service.current(sessionId, 'e')).toEqual('next' in short ? short.next : null);
  });

  it("never shows one expert another's interview", async () => {
    const { service } = setup();
    const { sessionId, prompt } = await service.start({ expertId: 'alice', profile, projects: [] });
    await expect(service.current(sessionId, 'bob')).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.answer(sessionId, 'bob', prompt.turnId, 'x')).rejects.toBeInstanceOf(
      InterviewError,
    );
    await expect(service.transcript(sessionId, 'bob')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('validates integrity events and keeps them out of scoring', async () => {
    const { service } = setup();
    const { sessionId, prompt } = await service.start({ expertId: 'e', profile, projects: [] });
    await service.recordIntegrity(sessionId, 'e', [
      { kind: 'paste', turnId: prompt.turnId, at: '2025-03-03T09:00:30.000Z', chars: 500 },
    ]);
    await expect(
      service.recordIntegrity(sessionId, 'e', [
        { kind: 'paste', turnId: 'other', at: '2025-03-03T09:00:30.000Z', chars: 5 },
      ]),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(
      service.recordIntegrity(sessionId, 'e', [{ kind: 'keylogger' }]),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('enforces the cool-down, resumes an open interview, and honours a reviewer grant', async () => {
    const { service, advance } = setup();
    const first = await takeInterview(service);
    await service.score(first);
    await expect(
      service.start({ expertId: 'expert-1', profile, projects: [] }),
    ).rejects.toMatchObject({
      code: 'not-allowed',
      details: { retryAt: '2025-04-02T09:00:00.000Z' },
    });
    advance(3600);
    await service.grantRetake(
      'expert-1',
      'reviewer-1',
      'Audio glitch reported during the interview',
    );
    const second = await service.start({ expertId: 'expert-1', profile, projects: [] });
    // The retake avoids the questions already seen where the bank allows.
    const firstPlan = (await service.transcript(first, 'expert-1')).plan.items.map(
      (i) => i.questionId,
    );
    expect(firstPlan).not.toContain(
      (await service.transcript(second.sessionId, 'expert-1')).plan.items[0]!.questionId,
    );
    await expect(
      service.start({ expertId: 'expert-1', profile, projects: [] }),
    ).rejects.toMatchObject({
      details: { resumeSessionId: second.sessionId },
    });
  });

  it('treats an interview left for a day as abandoned', async () => {
    const { service, advance } = setup();
    const { sessionId } = await service.start({ expertId: 'e', profile, projects: [] });
    advance(25 * 3600);
    const decision = await service.eligibility('e');
    expect(decision.allowed).toBe(false);
    expect(!decision.allowed && decision.reason).toMatch(/abandoned attempt/);
    expect((await service.transcript(sessionId, 'e')).status).toBe('abandoned');
  });

  it('keeps the answers and no score when the engine fails, and re-scores later', async () => {
    let fail = true;
    const flaky: InterviewEngine = {
      info: builtin.info,
      score: (request) =>
        fail
          ? Promise.reject(new EngineError('timeout', 'the interview model timed out', 3))
          : builtin.score(request),
    };
    const { service } = setup(flaky);
    const sessionId = await takeInterview(service);
    await expect(service.score(sessionId)).rejects.toBeInstanceOf(EngineError);
    const failed = await service.transcript(sessionId, 'expert-1');
    expect(failed.status).toBe('scoring-failed');
    expect(failed.result).toBeUndefined();
    fail = false;
    expect((await service.score(sessionId)).scores).toHaveLength(6);
  });

  it('lets a reviewer override a score with a reason', async () => {
    const { service } = setup();
    const sessionId = await takeInterview(service);
    await service.score(sessionId);
    const result = await service.override(sessionId, 'reviewer-1', {
      competencyId: 'regulatory-compliance',
      score: 3,
      reason: 'The follow-up answer shows working knowledge of transfer assessments.',
    });
    expect(result.overrides).toHaveLength(1);
    expect(result.scores.find((s) => s.competencyId === 'regulatory-compliance')?.score).toBe(2);
  });
});
