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

/**
 * A debit would take more than is there (HTTP 409): a payout more than the organisation owes the
 * expert, or a take-back more than the project accrued to them and has not paid.
 */
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

/**
 * A project may pay a bonus or adjust an expert only where it has paid them for work: what it may
 * take back is what it owes, and an expert it never paid it owes nothing (HTTP 400).
 */
export class NoEarningsError extends LedgerError {
  constructor(projectId: string, expertId: string) {
    super(`project ${projectId} has no earnings of expert ${expertId}`, 400, 'no-earnings');
  }
}

/** The project's books are kept by another organisation: nobody else may post to them (HTTP 403). */
export class WrongOrganisationError extends LedgerError {
  constructor(projectId: string) {
    super(`project ${projectId} is funded by another organisation`, 403, 'wrong-organisation');
  }
}

/** Existing rows the per-organisation migration cannot give an owner; a person has to decide. */
export class LedgerMigrationError extends LedgerError {
  constructor(message: string) {
    super(message, 500, 'migration');
  }
}
