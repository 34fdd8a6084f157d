import { describe, expect, it } from 'vitest';
import { createEngine, readEngineConfig } from './config';

describe('readEngineConfig', () => {
  it('uses the built-in engine when no model is configured', () => {
    expect(readEngineConfig({})).toEqual({ kind: 'builtin' });
    expect(createEngine({ kind: 'builtin' }).info.engine).toBe('builtin');
  });

  it('configures an OpenAI-compatible endpoint such as a local Ollama', () => {
    const config = readEngineConfig({
      GLOSSATOR_INTERVIEW_BASE_URL: 'http://127.0.0.1:11434/v1',
      GLOSSATOR_INTERVIEW_MODEL: 'llama3.1:8b',
      GLOSSATOR_INTERVIEW_TIMEOUT_MS: '90000',
    });
    expect(config).toEqual({
      kind: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama3.1:8b',
      timeoutMs: 90000,
    });
    expect(createEngine(config).info).toEqual({
      engine: 'openai-compatible',
      model: 'llama3.1:8b',
      promptVersion: 'interview-scoring/1',
    });
  });

  it('refuses half a configuration instead of silently falling back', () => {
    expect(() => readEngineConfig({ GLOSSATOR_INTERVIEW_MODEL: 'x' })).toThrow(/both/);
    expect(() =>
      readEngineConfig({ GLOSSATOR_INTERVIEW_BASE_URL: 'ftp://x', GLOSSATOR_INTERVIEW_MODEL: 'x' }),
    ).toThrow(/http/);
    expect(() =>
      readEngineConfig({
        GLOSSATOR_INTERVIEW_BASE_URL: 'http://127.0.0.1:1/v1',
        GLOSSATOR_INTERVIEW_MODEL: 'x',
        GLOSSATOR_INTERVIEW_MAX_RETRIES: 'lots',
      }),
    ).toThrow(/whole number/);
  });
});
