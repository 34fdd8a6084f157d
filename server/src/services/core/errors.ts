/** Errors services throw; the app's error handler turns each into a status and a safe message. */
export type ErrorCode =
  | 'badRequest'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'tooLarge'
  | 'unprocessable'
  | 'rateLimited'
  | 'unavailable';

const STATUS: Record<ErrorCode, number> = {
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  tooLarge: 413,
  unprocessable: 422,
  rateLimited: 429,
  unavailable: 503,
};

export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra fields for the response body (must be safe to show the caller). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** The one answer for "does not exist" and "exists but is not yours": existence never leaks. */
export function notFound(what = 'project'): ServiceError {
  return new ServiceError('notFound', `no such ${what}`);
}
