/**
 * Answer review (task type `answerReview`): an expert ranks model answers to one prompt, scores
 * each on the project's rubric, marks wrong passages with an error type, and writes the answer
 * they would have given. Wire schemas (TypeBox) and the types they define.
 */
import Type, { type Static } from 'typebox';
import { Strict } from '../ipc/schema';

const SchemaId = Type.String({
  minLength: 1,
  maxLength: 100,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$',
});

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_ANSWERS = 20;
export const MAX_ANSWER_LENGTH = 100_000;
export const MAX_COMMENT_LENGTH = 20_000;

/** What a score means on one criterion, e.g. 5 = "every figure matches the filing". */
export const RubricAnchor = Strict({
  score: Type.Integer({ minimum: MIN_SCORE, maximum: MAX_SCORE }),
  description: Type.String({ minLength: 1, maxLength: 2_000 }),
});

export const RubricCriterion = Strict({
  id: SchemaId,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4_000 })),
  /** One anchor per score, 1 to 5. */
  anchors: Type.Array(RubricAnchor, { minItems: MAX_SCORE, maxItems: MAX_SCORE }),
});
export type RubricCriterion = Static<typeof RubricCriterion>;

export const ErrorTypeDefinition = Strict({
  id: SchemaId,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4_000 })),
});
export type ErrorTypeDefinition = Static<typeof ErrorTypeDefinition>;

/** One model answer of a task; `id` is what rankings and marks refer to. */
export const ModelAnswer = Strict({
  id: SchemaId,
  /** The model that wrote it, when the requester wants reviewers to know (often hidden). */
  model: Type.Optional(Type.String({ maxLength: 200 })),
  /** Markdown. */
  text: Type.String({ minLength: 1, maxLength: MAX_ANSWER_LENGTH }),
});
export type ModelAnswer = Static<typeof ModelAnswer>;

/** What an answer-review task shows: the prompt and the answers (the source is the task's document). */
export const AnswerReviewPayload = Strict({
  kind: Type.Literal('answerReview'),
  prompt: Type.String({ minLength: 1, maxLength: MAX_ANSWER_LENGTH }),
  answers: Type.Array(ModelAnswer, { minItems: 2, maxItems: MAX_ANSWERS }),
});
export type AnswerReviewPayload = Static<typeof AnswerReviewPayload>;

/** The only payload kind so far; a union when other task types carry content. */
export const TaskPayload = AnswerReviewPayload;
export type TaskPayload = AnswerReviewPayload;

/** A comment may cite source spans inline with `[[cite:<annotation id>]]` (model/citations.ts). */
const Comment = Type.String({ maxLength: MAX_COMMENT_LENGTH });

export const RubricScore = Strict({
  answerId: SchemaId,
  criterionId: SchemaId,
  score: Type.Integer({ minimum: MIN_SCORE, maximum: MAX_SCORE }),
  comment: Type.Optional(Comment),
});
export type RubricScore = Static<typeof RubricScore>;

/** A wrong passage inside an answer: offsets into the answer's markdown (UTF-16, end exclusive). */
export const ErrorMark = Strict({
  id: SchemaId,
  answerId: SchemaId,
  start: Type.Integer({ minimum: 0, maximum: MAX_ANSWER_LENGTH }),
  end: Type.Integer({ minimum: 0, maximum: MAX_ANSWER_LENGTH }),
  /** The marked text, so the mark still reads right if the answer were ever changed. */
  quote: Type.String({ maxLength: MAX_ANSWER_LENGTH }),
  errorType: SchemaId,
  comment: Type.Optional(Comment),
});
export type ErrorMark = Static<typeof ErrorMark>;

/** The review's part of an annotation body (the ranking lives in `body.ranking`). */
export const AnswerReviewResult = Strict({
  /** The task reviewed (several prompts may share one source document). */
  taskId: Type.String({ minLength: 1, maxLength: 100 }),
  scores: Type.Array(RubricScore, { maxItems: MAX_ANSWERS * 50 }),
  errors: Type.Array(ErrorMark, { maxItems: 2_000 }),
  /** The corrected or ideal answer, markdown. */
  rewrite: Type.Optional(Type.String({ maxLength: MAX_ANSWER_LENGTH })),
});
export type AnswerReviewResult = Static<typeof AnswerReviewResult>;
