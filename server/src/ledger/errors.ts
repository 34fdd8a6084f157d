/** Errors a route maps straight to HTTP: `statusCode` and a stable `code` for clients. */
export class LedgerError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly code: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The same idempotency key was used before with a different request body (HTTP 422). */
export class IdempotencyConflictError extends LedgerError {
  constructor(key: string) {
    super(
      `idempotency key ${key} was already used for a different request`,
      422,
      'idempotency-conflict',
    );
  }
}

/** A debit would take the expert's available balance below zero (HTTP 409). */
export class InsufficientFundsError extends LedgerError {
  constructor(
    readonly availableMinor: number,
    readonly requestedMinor: number,
  ) {
    super(`available ${availableMinor}, requested ${requestedMinor}`, 409, 'insufficient-funds');
  }
}

export class LedgerValidationError extends LedgerError {
  constructor(message: string) {
    super(message, 400, 'invalid-request');
  }
}

export class LedgerNotFoundError extends LedgerError {
  constructor(message: string) {
    super(message, 404, 'not-found');
  }
}
