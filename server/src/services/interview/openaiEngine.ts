import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { modelOutputSchema, validateModelOutput } from '../../../../shared/interview/modelOutput';
import { EngineError, type EngineErrorCode, type InterviewEngine } from './engine';
import { buildMessages, PROMPT_VERSION } from './prompt';

export interface OpenAiEngineOptions {
  /** The endpoint's OpenAI-compatible base, e.g. http://127.0.0.1:11434/v1. */
  readonly baseUrl: string;
  readonly model: string;
  /** Local servers need none; the client insists on a string, so a placeholder is sent. */
  readonly apiKey?: string;
  /** Per request. Local models on a CPU are slow; the default allows for that. */
  readonly timeoutMs?: number;
  /** Retries after a timeout, 429, 5xx or a refused connection. */
  readonly maxRetries?: number;
  /** Re-asks after output that fails our validation. */
  readonly maxInvalidOutputRetries?: number;
  readonly temperature?: number;
  /** Cap on any wait, including a server's Retry-After. */
  readonly maxRetryDelayMs?: number;
  readonly baseRetryDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

interface Failure {
  readonly code: EngineErrorCode;
  readonly retry: boolean;
  readonly retryAfterMs?: number;
  readonly detail: string;
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const s = headers?.get('retry-after');
  if (!s) return undefined;
  const seconds = Number(s);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(s);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function classify(error: unknown): Failure {
  if (error instanceof APIUserAbortError)
    return { code: 'aborted', retry: false, detail: 'aborted' };
  if (error instanceof APIConnectionTimeoutError)
    return { code: 'timeout', retry: true, detail: 'timed out' };
  if (error instanceof APIConnectionError)
    return { code: 'unreachable', retry: true, detail: `could not connect (${error.message})` };
  if (error instanceof APIError) {
    // instanceof loses the class's type parameters; these are what APIError documents.
    const status = (error.status as number | undefined) ?? 0;
    const headers = error.headers as Headers | undefined;
    const detail = `answered HTTP ${status}${error.message ? `: ${error.message.slice(0, 200)}` : ''}`;
    if (status === 429)
      return { code: 'rate-limited', retry: true, retryAfterMs: retryAfter(headers), detail };
    if (status >= 500 || status === 408)
      return { code: 'server-error', retry: true, retryAfterMs: retryAfter(headers), detail };
    if (status === 401 || status === 403) return { code: 'auth', retry: false, detail };
    if (status === 404) return { code: 'model-not-found', retry: false, detail };
    return { code: 'bad-request', retry: false, detail };
  }
  throw error;
}

/**
 * Scores through any OpenAI-compatible chat endpoint (OpenAI, Azure, vLLM, Ollama, llama.cpp)
 * with JSON-schema structured output, which we validate again ourselves. We run our own retries
 * (the client's are off): the client would sleep for whatever Retry-After a server sends, without
 * a cap, and we want invalid output and transport failures counted and reported together.
 */
export function createOpenAiCompatibleEngine(options: OpenAiEngineOptions): InterviewEngine {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const maxRetries = options.maxRetries ?? 3;
  const maxInvalid = options.maxInvalidOutputRetries ?? 2;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const baseDelay = options.baseRetryDelayMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const client = new OpenAI({
    baseURL: options.baseUrl,
    apiKey: options.apiKey ?? 'not-needed',
    timeout: timeoutMs,
    maxRetries: 0,
  });
  const info = {
    engine: 'openai-compatible',
    model: options.model,
    promptVersion: PROMPT_VERSION,
  } as const;
  const where = `the interview model ${options.model} at ${options.baseUrl}`;

  return {
    info,
    async score({ plan, turns, signal }) {
      const messages: ChatCompletionMessageParam[] = buildMessages(plan, turns);
      const schema = JSON.parse(JSON.stringify(modelOutputSchema(plan, turns))) as Record<
        string,
        unknown
      >;
      let attempts = 0;
      let transportRetries = 0;
      for (let invalid = 0; ;) {
        let content: string;
        try {
          attempts += 1;
          const completion = await client.chat.completions.create(
            {
              model: options.model,
              messages,
              temperature: options.temperature ?? 0,
              response_format: {
                type: 'json_schema',
                json_schema: { name: 'interview_scores', strict: true, schema },
              },
            },
            signal ? { signal } : {},
          );
          const choice = completion.choices[0];
          content =
            choice?.finish_reason === 'length'
              ? '' // truncated JSON is invalid output, whatever it looks like
              : (choice?.message.content ?? '');
          if (choice?.message.refusal) content = '';
        } catch (error) {
          const failure = classify(error);
          if (!failure.retry || transportRetries >= maxRetries)
            throw new EngineError(
              failure.code,
              `${where} ${failure.detail}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}; no score was recorded.`,
              attempts,
              { cause: error },
            );
          transportRetries += 1;
          const backoff =
            Math.min(baseDelay * 2 ** (transportRetries - 1), maxDelay) * (1 - random() * 0.25);
          await sleep(Math.min(failure.retryAfterMs ?? backoff, maxDelay));
          continue;
        }
        const result = validateModelOutput(content, plan, turns);
        if (result.ok) return { engine: info, scores: result.scores };
        const problems =
          content === '' ? ['the reply was empty, truncated or a refusal'] : result.problems;
        if (invalid >= maxInvalid)
          throw new EngineError(
            'invalid-output',
            `${where} returned invalid scores ${invalid + 1} times (last: ${problems.join('; ')}); no score was recorded.`,
            attempts,
          );
        invalid += 1;
        // Tell the model what was wrong; small local models usually fix it on the second try.
        messages.push(
          { role: 'assistant', content: content || '(no content)' },
          {
            role: 'user',
            content: `That reply was rejected: ${problems.join('; ')}. Reply again with JSON only, scoring every competency once and quoting the candidate's words exactly.`,
          },
        );
      }
    },
  };
}
