/**
 * What a reviewer reads of an answer review: the ranking, the rubric scores, the error marks and
 * the rewrite, with criteria, anchors and error types named from the project's schema and each
 * answer named as the expert saw it ("Answer B"), so the reviewer judges the same thing.
 */
import type { AnnotationBody } from '../model/annotation';
import type { ErrorTypeDefinition, ModelAnswer, RubricCriterion } from '../model/answerReview';
import { anchorOf } from './rubric';

export interface SummarySchema {
  readonly rubric?: readonly RubricCriterion[];
  readonly errorTypes?: readonly ErrorTypeDefinition[];
}

export interface RankedLine {
  readonly rank: number;
  readonly answer: string;
  /** The answer's first words, so a ranking reads without opening the answers. */
  readonly excerpt: string;
}

export interface ScoreLine {
  readonly answer: string;
  readonly criterion: string;
  readonly score: number;
  /** What the score means on this criterion, from the rubric. */
  readonly anchor?: string;
  /** May cite source spans (`[[cite:<id>]]`). */
  readonly comment?: string;
}

export interface ErrorLine {
  readonly answer: string;
  readonly quote: string;
  readonly errorType: string;
  readonly comment?: string;
}

export interface ReviewSummary {
  readonly ranking: readonly RankedLine[];
  readonly scores: readonly ScoreLine[];
  readonly errors: readonly ErrorLine[];
  readonly rewrite?: string;
}

const EXCERPT_LENGTH = 120;

/** "Answer A", "Answer B"… in the task's order, as the compare view names them. */
export function answerLetter(index: number): string {
  return String.fromCharCode(65 + (index % 26));
}

/** The answer's opening as plain words: markdown emphasis, headings and list marks dropped. */
export function excerptOf(markdown: string, length = EXCERPT_LENGTH): string {
  const flat = markdown
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)]|>)\s+/gm, '')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/**
 * The review's lines, or undefined when the body is not an answer review. `answers` are the
 * task's answers in its order (for the letters); without them an answer is named by its id.
 * `name(letter)` words the answer's name ("Answer B").
 */
export function reviewSummary(
  body: AnnotationBody,
  schema: SummarySchema,
  answers: readonly ModelAnswer[] | undefined,
  name: (letter: string) => string,
): ReviewSummary | undefined {
  if (!body.review && !body.ranking) return undefined;
  const position = new Map((answers ?? []).map((a, i) => [a.id, i] as const));
  const answerName = (id: string): string => {
    const index = position.get(id);
    return index === undefined ? id : name(answerLetter(index));
  };
  const criteria = new Map((schema.rubric ?? []).map((c) => [c.id, c] as const));
  const criterionOrder = new Map((schema.rubric ?? []).map((c, i) => [c.id, i] as const));
  const errorTypes = new Map((schema.errorTypes ?? []).map((e) => [e.id, e.name] as const));
  const byAnswer = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;

  const ranking = [...(body.ranking?.answers ?? [])]
    .sort((a, b) => a.rank - b.rank || byAnswer(a.id) - byAnswer(b.id))
    .map((r) => ({ rank: r.rank, answer: answerName(r.id), excerpt: excerptOf(r.text) }));
  const scores = [...(body.review?.scores ?? [])]
    .sort(
      (a, b) =>
        byAnswer(a.answerId) - byAnswer(b.answerId) ||
        (criterionOrder.get(a.criterionId) ?? Infinity) -
          (criterionOrder.get(b.criterionId) ?? Infinity),
    )
    .map((s) => {
      const criterion = criteria.get(s.criterionId);
      return {
        answer: answerName(s.answerId),
        criterion: criterion?.name ?? s.criterionId,
        score: s.score,
        anchor: criterion ? anchorOf(criterion, s.score) : undefined,
        comment: s.comment || undefined,
      };
    });
  const errors = [...(body.review?.errors ?? [])]
    .sort((a, b) => byAnswer(a.answerId) - byAnswer(b.answerId) || a.start - b.start)
    .map((e) => ({
      answer: answerName(e.answerId),
      quote: e.quote,
      errorType: errorTypes.get(e.errorType) ?? e.errorType,
      comment: e.comment || undefined,
    }));
  return { ranking, scores, errors, rewrite: body.review?.rewrite || undefined };
}
