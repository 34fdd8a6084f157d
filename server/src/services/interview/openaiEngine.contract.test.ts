import { afterEach, describe, expect, it } from 'vitest';
import { LAW_TRANSCRIPT } from '../../../../shared/interview/fixtures/law';
import { playTranscript } from '../../../../shared/interview/fixtures/transcript';
import { createWinkAnalyser } from '../../../../shared/interview/winkAnalyser';
import { createBuiltinEngine } from './builtinEngine';
import { EngineError } from './engine';
import { createOpenAiCompatibleEngine, type OpenAiEngineOptions } from './openaiEngine';
import { startFakeChatServer, type FakeChatServer, type Reply } from './testing/fakeChatServer';

const analyser = createWinkAnalyser();
const { plan, turns } = playTranscript(LAW_TRANSCRIPT, analyser);
const oracle = await createBuiltinEngine(analyser).score({ plan, turns });

/** The built-in engine's scores, written the way a well-behaved model would answer. */
const validReply = JSON.stringify({
  scores: oracle.scores.map((s) => ({
    competencyId: s.competencyId,
    score: s.score,
    rationale: s.rationale.slice(0, 200),
    evidence: s.evidence.map((e) => ({ turnId: e.turnId, quote: e.quote })),
  })),
});
const content = (text: string, finishReason?: string): Reply => ({
  kind: 'content',
  content: text,
  ...(finishReason ? { finishReason } : {}),
});

let server: FakeChatServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function engineFor(script: Reply[], options: Partial<OpenAiEngineOptions> = {}) {
  server = await startFakeChatServer(script);
  const sleeps: number[] = [];
  const engine = createOpenAiCompatibleEngine({
    baseUrl: server.baseUrl,
    model: 'llama3.1:8b',
    apiKey: 'sk-test',
    timeoutMs: 2_000,
    maxRetries: 2,
    maxInvalidOutputRetries: 1,
    sleep: (ms) => {
      sleeps.push(Math.round(ms));
      return Promise.resolve();
    },
    random: () => 0,
    ...options,
  });
  return { engine, sleeps, requests: server.requests };
}

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as EngineError;
}

describe('OpenAI-compatible engine against a loopback chat-completions server', () => {
  it('scores from valid structured output and records provenance', async () => {
    const { engine, requests } = await engineFor([content(validReply)]);
    const result = await engine.score({ plan, turns });
    expect(result.engine).toEqual({
      engine: 'openai-compatible',
      model: 'llama3.1:8b',
      promptVersion: 'interview-scoring/1',
    });
    expect(result.scores.map((s) => [s.competencyId, s.score])).toEqual(
      oracle.scores.map((s) => [s.competencyId, s.score]),
    );
    expect(result.scores.flatMap((s) => s.evidence)).toEqual(
      oracle.scores.flatMap((s) => s.evidence),
    );
    const [request] = requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.body.model).toBe('llama3.1:8b');
    expect(request?.body.temperature).toBe(0);
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'interview_scores', strict: true },
    });
    expect(request?.body.messages[1]?.content).toContain('<answer turn="t1">');
  });

  it('retries after invalid JSON, telling the model what was wrong', async () => {
    const { engine, requests } = await engineFor([
      content('Here are my scores: contract drafting 4/4.'),
      content(validReply),
    ]);
    const result = await engine.score({ plan, turns });
    expect(result.scores).toHaveLength(plan.competencies.length);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body.messages.at(-1)?.content).toMatch(
      /^That reply was rejected: not valid JSON/,
    );
  });

  it('gives up on schema-violating JSON with a clear error and no score', async () => {
    const violating = JSON.stringify({
      scores: [{ competencyId: 'contract-drafting', score: 5, rationale: 'x', evidence: [] }],
    });
    const { engine, requests } = await engineFor([content(violating)]);
    const error = await failure(engine.score({ plan, turns }));
    expect(error.code).toBe('invalid-output');
    expect(error.attempts).toBe(2);
    expect(requests).toHaveLength(2);
    expect(error.message).toMatch(
      /^the interview model llama3\.1:8b at http:\/\/127\.0\.0\.1:\d+\/v1 returned invalid scores 2 times \(last: .*score.*\); no score was recorded\.$/,
    );
  });

  it('rejects output that quotes words the expert never wrote', async () => {
    const parsed = JSON.parse(validReply) as { scores: { evidence: { quote: string }[] }[] };
    parsed.scores[0]!.evidence = [
      {
        turnId: 't1',
        quote: 'I have negotiated over 500 contracts for Fortune 100 companies',
      } as never,
    ];
    const { engine } = await engineFor([content(JSON.stringify(parsed))]);
    const error = await failure(engine.score({ plan, turns }));
    expect(error.code).toBe('invalid-output');
    expect(error.message).toContain('is not in the answer t1');
  });

  it('treats a truncated reply (finish_reason length) as invalid output', async () => {
    const { engine } = await engineFor([
      content(validReply.slice(0, 200), 'length'),
      content(validReply),
    ]);
    const result = await engine.score({ plan, turns });
    expect(result.scores).toHaveLength(plan.competencies.length);
  });

  it('retries a timeout, then fails with a timeout error', async () => {
    const { engine, requests, sleeps } = await engineFor([{ kind: 'hang' }], { timeoutMs: 150 });
    const error = await failure(engine.score({ plan, turns }));
    expect(error.code).toBe('timeout');
    expect(error.transient).toBe(true);
    expect(error.attempts).toBe(3);
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
    expect(error.message).toMatch(/timed out \(after 3 attempts\); no score was recorded\.$/);
  });

  it('waits as a 429 asks, within a cap, and succeeds', async () => {
    const { engine, sleeps } = await engineFor(
      [
        { kind: 'status', status: 429, headers: { 'retry-after-ms': '40' } },
        { kind: 'status', status: 429, headers: { 'retry-after': '3600' } },
        content(validReply),
      ],
      { maxRetryDelayMs: 5_000 },
    );
    await engine.score({ plan, turns });
    expect(sleeps).toEqual([40, 5000]);
  });

  it('backs off exponentially on 500s and reports a server error', async () => {
    const { engine, sleeps, requests } = await engineFor([{ kind: 'status', status: 500 }]);
    const error = await failure(engine.score({ plan, turns }));
    expect(error.code).toBe('server-error');
    expect(requests).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
    expect(error.message).toContain('answered HTTP 500');
  });

  it('does not retry a wrong key or an unknown model', async () => {
    const auth = await engineFor([{ kind: 'status', status: 401 }]);
    expect((await failure(auth.engine.score({ plan, turns }))).code).toBe('auth');
    expect(auth.requests).toHaveLength(1);
    await server?.close();
    const missing = await engineFor([
      {
        kind: 'status',
        status: 404,
        body: { error: { message: 'model "llama3.1:8b" not found' } },
      },
    ]);
    const error = await failure(missing.engine.score({ plan, turns }));
    expect(error.code).toBe('model-not-found');
    expect(error.message).toContain('model "llama3.1:8b" not found');
  });

  it('reports an endpoint that is not listening', async () => {
    const closed = await startFakeChatServer([]);
    const baseUrl = closed.baseUrl;
    await closed.close();
    const engine = createOpenAiCompatibleEngine({
      baseUrl,
      model: 'm',
      maxRetries: 1,
      sleep: () => Promise.resolve(),
    });
    const error = await failure(engine.score({ plan, turns }));
    expect(error.code).toBe('unreachable');
    expect(error.attempts).toBe(2);
  });
});
