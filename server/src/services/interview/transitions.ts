import type { TextAnalyser } from '../../../../shared/interview/analysis';
import { questionById } from '../../../../shared/interview/bank/index';
import { decideFollowUp, type FollowUpPolicy } from '../../../../shared/interview/followUp';
import type { Turn } from '../../../../shared/interview/types';
import type { InterviewSession } from './store';

/** What the interview view shows. */
export interface Prompt {
  readonly turnId: string;
  /** 1-based position in the plan; a follow-up shares its question's number. */
  readonly number: number;
  readonly total: number;
  readonly kind: 'question' | 'follow-up';
  /** Markdown. */
  readonly text: string;
  readonly askedAt: string;
}

export type AnswerOutcome = { readonly next: Prompt } | { readonly done: true };

export function questionTurn(
  id: string,
  questionId: string,
  itemIndex: number,
  askedAt: string,
): Turn {
  const question = questionById(questionId);
  if (!question) throw new Error(`question ${questionId} is not in the bank`);
  return { id, itemIndex, questionId, kind: 'question', prompt: question.text, askedAt };
}

export function toPrompt(session: InterviewSession, turn: Turn): Prompt {
  return {
    turnId: turn.id,
    number: turn.itemIndex + 1,
    total: session.plan.items.length,
    kind: turn.kind,
    text: turn.prompt,
    askedAt: turn.askedAt,
  };
}

export function outcomeOf(session: InterviewSession): AnswerOutcome {
  const open = session.turns.at(-1);
  return session.status === 'in-progress' && open && !open.answer
    ? { next: toPrompt(session, open) }
    : { done: true };
}

/**
 * The session after the open prompt is answered: a follow-up if the rules ask for one, else the
 * next planned question, else finished ("answered", awaiting scoring).
 */
export function afterAnswer(
  session: InterviewSession,
  text: string,
  at: string,
  deps: {
    readonly analyser: TextAnalyser;
    readonly policy: FollowUpPolicy;
    readonly newId: () => string;
  },
): Partial<InterviewSession> {
  const open = session.turns.at(-1)!;
  const turns: Turn[] = [
    ...session.turns.slice(0, -1),
    { ...open, answer: { text, submittedAt: at } },
  ];
  const question = questionById(open.questionId)!;
  const followUp = decideFollowUp(question, turns, deps.analyser, deps.policy);
  if (followUp)
    return {
      turns: [
        ...turns,
        {
          id: deps.newId(),
          itemIndex: open.itemIndex,
          questionId: open.questionId,
          kind: 'follow-up',
          followUp: { reason: followUp.reason, targets: followUp.targets },
          prompt: followUp.text,
          askedAt: at,
        },
      ],
    };
  const nextIndex = open.itemIndex + 1;
  const nextItem = session.plan.items[nextIndex];
  if (nextItem)
    return { turns: [...turns, questionTurn(deps.newId(), nextItem.questionId, nextIndex, at)] };
  return { turns, status: 'answered', endedAt: at };
}

/** Last activity (server clock), to tell a paused interview from an abandoned one. */
export function lastActivity(session: InterviewSession): number {
  return Math.max(...session.turns.map((t) => Date.parse(t.answer?.submittedAt ?? t.askedAt)));
}
