import { create } from 'zustand';
import type { Eligibility, Prompt, Transcript } from '../../../shared/platform/ops/vettingSchemas';
import { callPlatform, problemText } from '../api/platformOps';
import { createIntegrityRecorder } from '../features/interview/integrityRecorder';

export type InterviewPhase = 'loading' | 'intro' | 'asking' | 'scoring' | 'results' | 'error';

interface InterviewState {
  readonly phase: InterviewPhase;
  readonly eligibility?: Eligibility;
  readonly sessionId?: string;
  readonly prompt?: Prompt;
  /** Client clock when the prompt appeared, for the time-per-answer display only. */
  readonly shownAt?: number;
  readonly transcript?: Transcript;
  readonly busy: boolean;
  readonly error?: string;
  readonly load: () => Promise<void>;
  readonly start: () => Promise<void>;
  readonly answer: (text: string) => Promise<void>;
  readonly retryScoring: () => Promise<void>;
  readonly abandon: () => Promise<void>;
}

/** Pastes and absences while a prompt is shown (see integrityRecorder.ts). */
export const integrity = createIntegrityRecorder();

const POLL_MS = 800;
const POLL_LIMIT = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function flushIntegrity(sessionId: string): Promise<void> {
  const events = integrity.take();
  if (events.length === 0) return;
  try {
    await callPlatform('interview.integrity', { sessionId }, { events });
  } catch {
    integrity.restore(events);
  }
}

export const useInterviewStore = create<InterviewState>()((set, get) => {
  function ask(sessionId: string, prompt: Prompt | undefined): void {
    integrity.setTurn(prompt?.turnId);
    set({ sessionId, prompt, shownAt: Date.now(), phase: 'asking' });
  }

  /** Waits for background scoring, then shows the results. */
  async function awaitResults(sessionId: string): Promise<void> {
    set({ phase: 'scoring', sessionId, prompt: undefined });
    for (let i = 0; i < POLL_LIMIT; i++) {
      const transcript = await callPlatform('interview.transcript', { sessionId });
      if (transcript.status !== 'answered') {
        set({ transcript, phase: 'results' });
        set({ eligibility: await callPlatform('interview.eligibility', {}) });
        return;
      }
      await sleep(POLL_MS);
    }
    set({
      transcript: await callPlatform('interview.transcript', { sessionId }),
      phase: 'results',
    });
  }

  const guarded = async (work: () => Promise<void>) => {
    set({ busy: true, error: undefined });
    try {
      await work();
    } catch (error) {
      set({ error: problemText(error) });
    } finally {
      set({ busy: false });
    }
  };

  return {
    phase: 'loading',
    busy: false,
    load: () =>
      guarded(async () => {
        const eligibility = await callPlatform('interview.eligibility', {});
        set({ eligibility });
        const latest = eligibility.latest;
        if (latest?.status === 'in-progress') {
          const { prompt } = await callPlatform('interview.current', { sessionId: latest.id });
          const transcript = await callPlatform('interview.transcript', { sessionId: latest.id });
          set({ transcript });
          if (prompt) ask(latest.id, prompt);
          else await awaitResults(latest.id);
        } else if (latest?.status === 'answered') await awaitResults(latest.id);
        else if (latest && latest.status !== 'abandoned') {
          set({
            transcript: await callPlatform('interview.transcript', { sessionId: latest.id }),
            sessionId: latest.id,
            phase: 'results',
          });
        } else set({ phase: 'intro' });
      }),
    start: () =>
      guarded(async () => {
        const started = await callPlatform('interview.start', {}, {});
        set({ transcript: undefined });
        ask(started.sessionId, started.prompt);
      }),
    answer: (text) =>
      guarded(async () => {
        const { sessionId, prompt } = get();
        if (!sessionId || !prompt) return;
        await flushIntegrity(sessionId);
        const outcome = await callPlatform(
          'interview.answer',
          { sessionId },
          { turnId: prompt.turnId, text },
        );
        set({ transcript: await callPlatform('interview.transcript', { sessionId }) });
        if ('next' in outcome) ask(sessionId, outcome.next);
        else {
          integrity.setTurn(undefined);
          await awaitResults(sessionId);
        }
      }),
    retryScoring: () =>
      guarded(async () => {
        const { sessionId } = get();
        if (!sessionId) return;
        set({ transcript: await callPlatform('interview.score', { sessionId }, {}) });
      }),
    abandon: () =>
      guarded(async () => {
        const { sessionId } = get();
        if (!sessionId) return;
        await flushIntegrity(sessionId);
        await callPlatform('interview.abandon', { sessionId }, {});
        integrity.setTurn(undefined);
        set({ prompt: undefined, sessionId: undefined });
        await get().load();
      }),
  };
});
