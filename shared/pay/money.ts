import type { Brand } from '../model/ids';

/** An ISO 4217 code, upper case (`EUR`, `USD`, `JPY`). */
export type Currency = Brand<string, 'Currency'>;

/**
 * An amount in the currency's minor unit (cents for EUR, yen for JPY). Always a safe integer:
 * pay is never held in floating point, so sums are exact and every cent is accounted for.
 */
export interface Money {
  readonly amountMinor: number;
  readonly currency: Currency;
}

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
}

const CURRENCY_RE = /^[A-Z]{3}$/;

export function isCurrency(value: string): value is Currency {
  return CURRENCY_RE.test(value);
}

export function asCurrency(value: string): Currency {
  if (!isCurrency(value)) throw new MoneyError(`not an ISO 4217 currency code: ${value}`);
  return value;
}

/** Decimal places of the minor unit, from ICU's ISO 4217 data (EUR 2, JPY 0, BHD 3). */
export function minorDigits(currency: Currency): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

export function assertMinor(amountMinor: number, what = 'amount'): void {
  if (!Number.isSafeInteger(amountMinor))
    throw new MoneyError(`${what} must be a safe integer of minor units, got ${amountMinor}`);
}

export function money(amountMinor: number, currency: string): Money {
  assertMinor(amountMinor);
  return { amountMinor, currency: asCurrency(currency) };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency)
    throw new MoneyError(`cannot combine ${a.currency} with ${b.currency}`);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

/** Sum of safe integers, refusing to overflow into imprecise floats. */
export function sumMinor(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) {
    assertMinor(amount);
    total += amount;
    assertMinor(total, 'sum');
  }
  return total;
}

/**
 * Plain decimal text of an amount (`-1234.50`, `980` for JPY): locale-free, for CSV and logs.
 * Built from the integer digits, never through floating point.
 */
export function formatMinor(amountMinor: number, currency: Currency): string {
  assertMinor(amountMinor);
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor).toString();
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** Parses `12.5`, `-0.07`, `980` into minor units; refuses more decimals than the currency has. */
export function parseMinor(text: string, currency: Currency): number {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new MoneyError(`not an amount: ${text}`);
  const digits = minorDigits(currency);
  const fraction = match[3] ?? '';
  if (fraction.length > digits)
    throw new MoneyError(`${currency} has ${digits} decimal places, got ${text}`);
  const value = Number((match[2] ?? '') + fraction.padEnd(digits, '0'));
  assertMinor(value);
  return match[1] && value !== 0 ? -value : value;
}
