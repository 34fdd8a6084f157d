import { createBuiltinEngine } from './builtinEngine';
import type { InterviewEngine } from './engine';
import { createOpenAiCompatibleEngine, type OpenAiEngineOptions } from './openaiEngine';

export type EngineConfig =
  { readonly kind: 'builtin' } | ({ readonly kind: 'openai-compatible' } & OpenAiEngineOptions);

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, got ${value}`);
  return n;
}

/**
 * The interview engine from the environment. With no model configured the built-in engine is
 * used; a half-configured endpoint is an error at start-up rather than a silent fallback.
 *
 * - GLOSSATOR_INTERVIEW_BASE_URL  e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:8080/v1 (llama.cpp)
 * - GLOSSATOR_INTERVIEW_MODEL     e.g. llama3.1:8b
 * - GLOSSATOR_INTERVIEW_API_KEY   optional; local servers ignore it
 * - GLOSSATOR_INTERVIEW_TIMEOUT_MS, GLOSSATOR_INTERVIEW_MAX_RETRIES  optional
 */
export function readEngineConfig(env: NodeJS.ProcessEnv = process.env): EngineConfig {
  const baseUrl = env.GLOSSATOR_INTERVIEW_BASE_URL?.trim();
  const model = env.GLOSSATOR_INTERVIEW_MODEL?.trim();
  if (!baseUrl && !model) return { kind: 'builtin' };
  if (!baseUrl || !model)
    throw new Error(
      'set both GLOSSATOR_INTERVIEW_BASE_URL and GLOSSATOR_INTERVIEW_MODEL, or neither',
    );
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`GLOSSATOR_INTERVIEW_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('GLOSSATOR_INTERVIEW_BASE_URL must be http(s)');
  const timeoutMs = positiveInt(
    'GLOSSATOR_INTERVIEW_TIMEOUT_MS',
    env.GLOSSATOR_INTERVIEW_TIMEOUT_MS,
  );
  const maxRetries = positiveInt(
    'GLOSSATOR_INTERVIEW_MAX_RETRIES',
    env.GLOSSATOR_INTERVIEW_MAX_RETRIES,
  );
  return {
    kind: 'openai-compatible',
    baseUrl,
    model,
    ...(env.GLOSSATOR_INTERVIEW_API_KEY ? { apiKey: env.GLOSSATOR_INTERVIEW_API_KEY } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(maxRetries !== undefined ? { maxRetries } : {}),
  };
}

export function createEngine(config: EngineConfig): InterviewEngine {
  if (config.kind === 'builtin') return createBuiltinEngine();
  const { kind: _kind, ...options } = config;
  return createOpenAiCompatibleEngine(options);
}
