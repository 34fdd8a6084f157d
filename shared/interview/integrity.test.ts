import { describe, expect, it } from 'vitest';
import { questionById } from './bank/index';
import { FINANCE_TRANSCRIPT } from './fixtures/finance';
import { playTranscript } from './fixtures/transcript';
import { summariseIntegrity, type IntegrityEvent } from './integrity';
import { scoreInterview } from './score';
import type { Turn } from './types';
import { createWinkAnalyser } from './winkAnalyser';

const analyser = createWinkAnalyser();

const turn = (id: string, itemIndex: number, text: string, seconds: number): Turn => ({
  id,
  itemIndex,
  questionId: `q${itemIndex}`,
  kind: 'question',
  prompt: '…',
  askedAt: '2025-03-03T09:00:00.000Z',
  answer: {
    text,
    submittedAt: new Date(Date.parse('2025-03-03T09:00:00.000Z') + seconds * 1000).toISOString(),
  },
});

describe('summariseIntegrity', () => {
  it('flags a mostly pasted answer for attention and notes a small paste', () => {
    const turns = [turn('a', 0, 'x'.repeat(700), 300), turn('b', 1, 'y'.repeat(400), 300)];
    const events: IntegrityEvent[] = [
      { kind: 'paste', turnId: 'a', at: '2025-03-03T09:01:00.000Z', chars: 640 },
      { kind: 'paste', turnId: 'b', at: '2025-03-03T09:01:00.000Z', chars: 80 },
    ];
    const summary = summariseIntegrity(turns, events);
    expect(summary.notes).toEqual([
      {
        turnId: 'a',
        severity: 'attention',
        text: 'Most of the answer to Q1 was pasted (640 of 700 characters).',
      },
      { turnId: 'b', severity: 'info', text: '80 pasted characters in the answer to Q2.' },
    ]);
    expect(summary.affectsScore).toBe(false);
  });

  it('adds up time away from the window', () => {
    const events: IntegrityEvent[] = [
      { kind: 'focus-lost', turnId: 'a', at: '2025-03-03T09:00:10.000Z' },
      { kind: 'focus-returned', turnId: 'a', at: '2025-03-03T09:01:40.000Z' },
      { kind: 'focus-lost', turnId: 'a', at: '2025-03-03T09:02:00.000Z' },
      { kind: 'focus-returned', turnId: 'a', at: '2025-03-03T09:02:40.000Z' },
    ];
    const summary = summariseIntegrity([turn('a', 4, 'an answer', 400)], events);
    expect(summary.turns[0]).toMatchObject({
      label: 'Q5',
      focusLosses: 2,
      awaySeconds: 130,
      answerSeconds: 400,
    });
    expect(summary.notes).toEqual([
      {
        turnId: 'a',
        severity: 'attention',
        text: 'Left the interview window 2 times during Q5 (2 min 10 s away).',
      },
    ]);
  });

  it('notices typing faster than people type', () => {
    const summary = summariseIntegrity([turn('a', 1, 'z'.repeat(900), 20)], []);
    expect(summary.notes[0]?.text).toBe(
      'Q2: 900 typed characters arrived 20 s after the question appeared, faster than typing.',
    );
  });

  it('never changes a score: scoring is the same with or without the log', () => {
    const transcript = playTranscript(FINANCE_TRANSCRIPT, analyser);
    expect(transcript.events.length).toBeGreaterThan(0);
    const summary = summariseIntegrity(transcript.turns, transcript.events);
    expect(summary.notes.some((n) => n.severity === 'attention')).toBe(true);
    // scoreInterview has no parameter for the log at all; this pins that down.
    expect(scoreInterview.length).toBe(2);
    const scores = scoreInterview({ ...transcript, questionById }, analyser);
    const withoutLog = scoreInterview(
      { plan: transcript.plan, turns: transcript.turns, questionById },
      analyser,
    );
    expect(scores).toEqual(withoutLog);
  });
});
