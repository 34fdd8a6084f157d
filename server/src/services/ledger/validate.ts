import { assertMinor, isCurrency, MoneyError, type Currency } from '../../../../shared/pay/money';
import { LedgerValidationError } from './errors';

const ID_RE = /^[A-Za-z0-9._:-]{1,200}$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function id(value: string, what: string): string {
  if (!ID_RE.test(value))
    throw new LedgerValidationError(`${what} must be 1–200 characters of [A-Za-z0-9._:-]`);
  return value;
}

/** Expert, project and organisation ids appear inside account codes, so ':' is not allowed. */
export function codeId(value: string, what: string): string {
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(value)) throw new LedgerValidationError(`bad ${what}`);
  return value;
}

export function expertId(value: string): string {
  return codeId(value, 'expert id');
}

export function reason(value: string | undefined): string {
  if (value === undefined || value.trim() === '' || value.length > 2000)
    throw new LedgerValidationError('a reason (1–2000 characters) is required');
  return value;
}

export function currency(value: string): Currency {
  if (!isCurrency(value)) throw new LedgerValidationError(`not an ISO 4217 currency: ${value}`);
  return value;
}

export function amount(value: number, sign: 'positive' | 'non-zero'): number {
  try {
    assertMinor(value);
  } catch (error) {
    if (error instanceof MoneyError) throw new LedgerValidationError(error.message);
    throw error;
  }
  if (value === 0 || (sign === 'positive' && value < 0))
    throw new LedgerValidationError(
      `amount must be ${sign === 'positive' ? 'positive' : 'non-zero'}`,
    );
  return value;
}

/** An ISO-8601 UTC instant, normalised to `toISOString()` form so text order is time order. */
export function instant(value: string, what: string): string {
  const time = Date.parse(value);
  if (!ISO_RE.test(value) || Number.isNaN(time))
    throw new LedgerValidationError(`${what} must be an ISO-8601 UTC instant`);
  return new Date(time).toISOString();
}
