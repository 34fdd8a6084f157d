/**
 * The integrity log: pastes, focus loss and answer timing, summarised for a human reviewer.
 * It never changes a score and never fails anyone on its own (docs/ARCHITECTURE.md, "Vetting"): people paste from their
 * own notes, switch windows to look up a dosage table and type fast. Scoring never reads it.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';
import { Timestamp } from '../profile/profile';
import type { Turn } from './types';

const TurnId = Type.String({ minLength: 1, maxLength: 64 });

/** Reported by the client while a prompt is shown; times are the client's, compared only with each other. */
export const IntegrityEvent = Type.Union([
  Strict({
    kind: Type.Literal('paste'),
    turnId: TurnId,
    at: Timestamp,
    chars: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  }),
  Strict({ kind: Type.Literal('focus-lost'), turnId: TurnId, at: Timestamp }),
  Strict({ kind: Type.Literal('focus-returned'), turnId: TurnId, at: Timestamp }),
]);
export type IntegrityEvent = Static<typeof IntegrityEvent>;

export const TurnIntegrity = Strict({
  turnId: TurnId,
  label: Type.String(),
  /** Server clock, prompt shown → answer received. */
  answerSeconds: Type.Number({ minimum: 0 }),
  chars: Type.Integer({ minimum: 0 }),
  pastedChars: Type.Integer({ minimum: 0 }),
  focusLosses: Type.Integer({ minimum: 0 }),
  awaySeconds: Type.Number({ minimum: 0 }),
});
export type TurnIntegrity = Static<typeof TurnIntegrity>;

export const IntegrityNote = Strict({
  turnId: Type.Optional(TurnId),
  /** `attention` asks a reviewer to look; neither level affects the result. */
  severity: Type.Enum(['info', 'attention']),
  text: Type.String({ minLength: 1, maxLength: 500 }),
});
export type IntegrityNote = Static<typeof IntegrityNote>;

export const IntegritySummary = Strict({
  turns: Type.Array(TurnIntegrity, { maxItems: 100 }),
  notes: Type.Array(IntegrityNote, { maxItems: 200 }),
  /** Always false, and checked: the summary is for reviewers, not for scoring. */
  affectsScore: Type.Literal(false),
});
export type IntegritySummary = Static<typeof IntegritySummary>;

/** Faster than this many characters a minute, with nothing pasted, is faster than people type. */
const MAX_TYPING_CHARS_PER_MINUTE = 900;
const MOSTLY_PASTED = 0.5;
const LONG_AWAY_SECONDS = 60;

function seconds(from: string, to: string): number {
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
}

function duration(s: number): string {
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  return m > 0 ? `${m} min ${rest} s` : `${rest} s`;
}

export function turnLabel(turn: Turn): string {
  return `Q${turn.itemIndex + 1}${turn.kind === 'follow-up' ? ' follow-up' : ''}`;
}

function summariseTurn(turn: Turn, events: readonly IntegrityEvent[]): TurnIntegrity {
  const own = events.filter((e) => e.turnId === turn.id).sort((a, b) => a.at.localeCompare(b.at));
  let awaySeconds = 0;
  let lostAt: string | undefined;
  for (const e of own) {
    if (e.kind === 'focus-lost') lostAt ??= e.at;
    if (e.kind === 'focus-returned' && lostAt !== undefined) {
      awaySeconds += seconds(lostAt, e.at);
      lostAt = undefined;
    }
  }
  const chars = turn.answer?.text.length ?? 0;
  return {
    turnId: turn.id,
    label: turnLabel(turn),
    answerSeconds: turn.answer ? seconds(turn.askedAt, turn.answer.submittedAt) : 0,
    chars,
    pastedChars: Math.min(
      chars,
      own.reduce((sum, e) => sum + (e.kind === 'paste' ? e.chars : 0), 0),
    ),
    focusLosses: own.filter((e) => e.kind === 'focus-lost').length,
    awaySeconds,
  };
}

function notesFor(t: TurnIntegrity): IntegrityNote[] {
  const notes: IntegrityNote[] = [];
  const note = (severity: IntegrityNote['severity'], text: string) =>
    notes.push({ turnId: t.turnId, severity, text });
  if (t.pastedChars > 0 && t.chars > 0) {
    const mostly = t.pastedChars / t.chars >= MOSTLY_PASTED && t.pastedChars >= 100;
    note(
      mostly ? 'attention' : 'info',
      mostly
        ? `Most of the answer to ${t.label} was pasted (${t.pastedChars} of ${t.chars} characters).`
        : `${t.pastedChars} pasted characters in the answer to ${t.label}.`,
    );
  }
  if (t.focusLosses > 0)
    note(
      t.awaySeconds >= LONG_AWAY_SECONDS ? 'attention' : 'info',
      `Left the interview window ${t.focusLosses} time${t.focusLosses === 1 ? '' : 's'} during ${t.label} (${duration(t.awaySeconds)} away).`,
    );
  const typed = t.chars - t.pastedChars;
  if (
    typed >= 200 &&
    t.answerSeconds > 0 &&
    typed / (t.answerSeconds / 60) > MAX_TYPING_CHARS_PER_MINUTE
  )
    note(
      'attention',
      `${t.label}: ${typed} typed characters arrived ${duration(t.answerSeconds)} after the question appeared, faster than typing.`,
    );
  return notes;
}

export function summariseIntegrity(
  turns: readonly Turn[],
  events: readonly IntegrityEvent[],
): IntegritySummary {
  const summaries = turns.filter((t) => t.answer).map((t) => summariseTurn(t, events));
  return { turns: summaries, notes: summaries.flatMap(notesFor), affectsScore: false };
}
