import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hourlyAmountMinor, earningFor } from './earnings';
import {
  addMoney,
  asCurrency,
  formatMinor,
  minorDigits,
  money,
  MoneyError,
  parseMinor,
  sumMinor,
} from './money';

const EUR = asCurrency('EUR');
const JPY = asCurrency('JPY');
const BHD = asCurrency('BHD');

describe('money in minor units', () => {
  it('knows each currency’s minor unit from ISO 4217', () => {
    expect([minorDigits(EUR), minorDigits(JPY), minorDigits(BHD)]).toEqual([2, 0, 3]);
  });

  it('formats without floating point, including negatives and small amounts', () => {
    expect(formatMinor(123450, EUR)).toBe('1234.50');
    expect(formatMinor(-7, EUR)).toBe('-0.07');
    expect(formatMinor(0, EUR)).toBe('0.00');
    expect(formatMinor(980, JPY)).toBe('980');
    expect(formatMinor(1, BHD)).toBe('0.001');
    expect(formatMinor(Number.MAX_SAFE_INTEGER, EUR)).toBe('90071992547409.91');
  });

  it('parses what it formats, for any safe amount', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.constantFrom(EUR, JPY, BHD), (minor, currency) => {
        expect(parseMinor(formatMinor(minor, currency), currency)).toBe(minor);
      }),
    );
    expect(parseMinor('12.5', EUR)).toBe(1250);
    expect(() => parseMinor('1.234', EUR)).toThrow(MoneyError);
    expect(() => parseMinor('1e3', EUR)).toThrow(MoneyError);
  });

  it('refuses fractions, unsafe integers, mixed currencies and bad codes', () => {
    expect(() => money(1.5, 'EUR')).toThrow(MoneyError);
    expect(() => money(2 ** 53, 'EUR')).toThrow(MoneyError);
    expect(() => money(1, 'eur')).toThrow(/ISO 4217/);
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(/EUR with USD/);
    expect(() => sumMinor([Number.MAX_SAFE_INTEGER, 1])).toThrow(MoneyError);
    expect(addMoney(money(10, 'EUR'), money(-3, 'EUR'))).toEqual(money(7, 'EUR'));
  });
});

describe('earnings', () => {
  it('pays per task at the project rate', () => {
    expect(earningFor({ kind: 'per-task', rateMinor: 2500, currency: EUR })).toMatchObject({
      amountMinor: 2500,
      currency: 'EUR',
    });
  });

  it('pays reconciled hours × rate, rounding half a minor unit up and less down', () => {
    expect(hourlyAmountMinor(90 * 60_000, 4000)).toBe(6000); // 1.5 h × 40.00
    expect(hourlyAmountMinor(1, 1800)).toBe(0); // 0.0005 cent
    expect(hourlyAmountMinor(1000, 1800)).toBe(1); // exactly 0.5 cent → 1
    expect(hourlyAmountMinor(999, 1800)).toBe(0); // 0.4995 cent → 0
    expect(() => earningFor({ kind: 'hourly', rateMinor: 4000, currency: EUR })).toThrow(
      /reconciled active time/,
    );
    expect(() => hourlyAmountMinor(-1, 100)).toThrow(MoneyError);
  });

  it('never loses more than half a minor unit to rounding', () => {
    fc.assert(
      fc.property(fc.nat(10 * 3_600_000), fc.nat(1_000_000), (ms, rate) => {
        const exact = (ms * rate) / 3_600_000;
        expect(Math.abs(hourlyAmountMinor(ms, rate) - exact)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});
