export type InterviewErrorCode =
  /** No such session for this expert (also when it belongs to someone else). */
  | 'not-found'
  /** The answer is for a prompt that is no longer current, or another write won the race. */
  | 'conflict'
  /** The expert may not start an interview now (cool-down, attempt cap, one in progress). */
  | 'not-allowed'
  /** The session is not in a state that allows this (e.g. scoring an unfinished interview). */
  | 'wrong-state'
  | 'invalid-input';

/** Errors the routes turn into HTTP statuses (404, 409, 403, 409, 400). */
export class InterviewError extends Error {
  override readonly name = 'InterviewError';
  constructor(
    readonly code: InterviewErrorCode,
    message: string,
    /** For `not-allowed`: when to try again, or the session to resume. */
    readonly details: { readonly retryAt?: string; readonly resumeSessionId?: string } = {},
  ) {
    super(message);
  }
}
