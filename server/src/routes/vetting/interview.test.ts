import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAW_TRANSCRIPT } from '../../../../shared/interview/fixtures/law';
import type {
  AnswerOutcome,
  Eligibility,
  Prompt,
  Transcript,
} from '../../../../shared/platform/ops/vettingSchemas';
import type { Platform } from '../../platform';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { person, saveProfile, type Person } from '../../services/vetting/testing';

const GENERIC =
  'I would check the governing rule and its exceptions, explain my reasoning step by step, and flag anything uncertain to the reviewer with a note.';

function answerFor(prompt: Prompt): string {
  const fixture = LAW_TRANSCRIPT.answers[prompt.questionId];
  if (!fixture) return GENERIC;
  return prompt.kind === 'follow-up' ? (fixture.followUp ?? GENERIC) : fixture.answer;
}

describe.each(testDatabaseKinds())('the interview on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let expert: Person;
  let reviewer: Person;
  let sessionId = '';
  const asked: Prompt[] = [];
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    const org = await platform.services.accounts.createOrganisation('Interview org');
    expert = await person(platform, 'expert', null);
    reviewer = await person(platform, 'reviewer', org);
  });
  afterAll(async () => {
    await platform?.services.vetting.interviews.drain();
    await platform?.close();
    await db?.dispose();
  });

  it('needs a profile with a domain before it starts', async () => {
    const refused = await api(platform, 'POST', '/me/interview/sessions', {
      token: expert.token,
      body: {},
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('domain');
    expect((await saveProfile(platform, expert.token)).status).toBe(200);
  });

  it('asks the planned questions with follow-ups, one prompt at a time, and records integrity events', async () => {
    const started = await api(platform, 'POST', '/me/interview/sessions', {
      token: expert.token,
      body: {},
    });
    expect(started.status, started.text).toBe(201);
    const body = started.body as { sessionId: string; prompt: Prompt };
    sessionId = body.sessionId;
    let prompt: Prompt | undefined = body.prompt;
    expect(prompt.total).toBeGreaterThanOrEqual(8);
    expect(prompt.total).toBeLessThanOrEqual(12);
    const base = `/me/interview/sessions/${sessionId}`;
    const second = await api(platform, 'POST', '/me/interview/sessions', {
      token: expert.token,
      body: {},
    });
    expect(second.status).toBe(403);

    const integrity = await api(platform, 'POST', `${base}/integrity`, {
      token: expert.token,
      body: {
        events: [
          { kind: 'focus-lost', turnId: prompt.turnId, at: '2025-03-03T09:00:10.000Z' },
          { kind: 'focus-returned', turnId: prompt.turnId, at: '2025-03-03T09:01:40.000Z' },
        ],
      },
    });
    expect(integrity.status, integrity.text).toBe(200);
    const unknownTurn = await api(platform, 'POST', `${base}/integrity`, {
      token: expert.token,
      body: {
        events: [{ kind: 'paste', turnId: 'nope', at: '2025-03-03T09:00:10.000Z', chars: 3 }],
      },
    });
    expect(unknownTurn.status).toBe(400);

    while (prompt) {
      asked.push(prompt);
      const current = await api(platform, 'GET', `${base}/current`, { token: expert.token });
      expect((current.body as { prompt: Prompt }).prompt.turnId).toBe(prompt.turnId);
      const answered = await api(platform, 'POST', `${base}/answers`, {
        token: expert.token,
        body: { turnId: prompt.turnId, text: answerFor(prompt) },
      });
      expect(answered.status, answered.text).toBe(200);
      const outcome = answered.body as AnswerOutcome;
      prompt = 'next' in outcome ? outcome.next : undefined;
      expect(asked.length).toBeLessThan(30);
    }
    expect(asked.some((p) => p.kind === 'follow-up')).toBe(true);
    const stale = await api(platform, 'POST', `${base}/answers`, {
      token: expert.token,
      body: { turnId: asked[0]!.turnId, text: 'a different answer' },
    });
    expect(stale.status).toBe(409);
  });

  it('scores in the background: per-competency scores quoting the answers, provenance and suggestions', async () => {
    await platform.services.vetting.interviews.drain();
    const read = await api(platform, 'GET', `/me/interview/sessions/${sessionId}`, {
      token: expert.token,
    });
    expect(read.status).toBe(200);
    const transcript = read.body as Transcript;
    expect(transcript.status).toBe('scored');
    const result = transcript.result!;
    expect(result.engine).toMatchObject({ engine: 'builtin' });
    expect(result.rubricVersion).toBe('rubric/1');
    expect(result.bankVersion).toBe('bank/1');
    expect(result.integrity.affectsScore).toBe(false);
    expect(result.integrity.notes.some((n) => n.text.includes('Left the interview window'))).toBe(
      true,
    );
    const contract = result.scores.find((s) => s.competencyId === 'contract-drafting')!;
    expect(contract.score).toBeGreaterThanOrEqual(3);
    const answers = new Map(transcript.turns.map((t) => [t.id, t.answer?.text ?? '']));
    for (const score of result.scores)
      for (const e of score.evidence)
        expect(answers.get(e.turnId)!.slice(e.start, e.end)).toBe(e.quote);
    if (asked.some((p) => p.questionId === 'law.exp.dispute'))
      expect(result.suggestions.map((s) => s.id)).toContain('credential:bar-admission:CA-ON');
  });

  it('enforces the cool-down, and lets a reviewer override a score and grant a retake, with reasons', async () => {
    const wait = (await api(platform, 'GET', '/me/interview', { token: expert.token }))
      .body as Eligibility;
    expect(wait).toMatchObject({ allowed: false, latest: { id: sessionId, status: 'scored' } });
    expect(wait.retryAt).toBeDefined();

    const sessions = await api(platform, 'GET', `/experts/${expert.id}/interviews`, {
      token: reviewer.token,
    });
    expect((sessions.body as { id: string }[]).map((s) => s.id)).toEqual([sessionId]);
    const shortReason = await api(platform, 'POST', `/interviews/${sessionId}/overrides`, {
      token: reviewer.token,
      body: { competencyId: 'contract-drafting', score: 2, reason: 'too short' },
    });
    expect(shortReason.status).toBe(400);
    const unknown = await api(platform, 'POST', `/interviews/${sessionId}/overrides`, {
      token: reviewer.token,
      body: { competencyId: 'valuation', score: 2, reason: 'was not asked in this interview' },
    });
    expect(unknown.status).toBe(400);
    const override = await api(platform, 'POST', `/interviews/${sessionId}/overrides`, {
      token: reviewer.token,
      body: {
        competencyId: 'legal-analysis',
        score: 4,
        reason: 'The statutory conflict answer is textbook-perfect; the engine missed synonyms.',
      },
    });
    expect(override.status, override.text).toBe(200);
    expect(override.body).toMatchObject({
      overrides: [{ competencyId: 'legal-analysis', score: 4 }],
    });
    expect(
      (
        await api(platform, 'POST', `/interviews/${sessionId}/overrides`, {
          token: expert.token,
          body: { competencyId: 'legal-analysis', score: 4, reason: 'I think I deserve four.' },
        })
      ).status,
    ).toBe(403);

    const grant = await api(platform, 'POST', `/experts/${expert.id}/interview-retakes`, {
      token: reviewer.token,
      body: { reason: 'A network failure interrupted question 3.' },
    });
    expect(grant.status).toBe(200);
    const allowed = (await api(platform, 'GET', '/me/interview', { token: expert.token }))
      .body as Eligibility;
    expect(allowed.allowed).toBe(true);
  });

  it('hides one expert’s interview from another', async () => {
    const other = await person(platform, 'expert', null);
    const read = await api(platform, 'GET', `/me/interview/sessions/${sessionId}`, {
      token: other.token,
    });
    expect(read.status).toBe(404);
    expect(read.text).not.toContain(
      LAW_TRANSCRIPT.answers['law.exp.contract-negotiation']!.answer.slice(0, 30),
    );
  });
});
