import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDeaNumber, isValidNpi, luhnValid, npiCheckDigit } from './checkDigits';

describe('NPI check digit (Luhn over 80840 + NPI)', () => {
  it('accepts valid NPIs', () => {
    // 1234567893 is the worked example in CMS's check-digit specification.
    for (const npi of [
      '1234567893',
      '1245319599',
      '1003000126',
      '1649283755',
      '2345678900',
      '1987654328',
    ])
      expect(isValidNpi(npi), npi).toBe(true);
  });

  it('refuses wrong check digits, wrong lengths and non-digits', () => {
    for (const npi of [
      '1234567890',
      '1234567894',
      '1245319591',
      '123456789',
      '12345678931',
      '12345678a3',
      ' 1234567893',
      '',
    ])
      expect(isValidNpi(npi), npi).toBe(false);
  });

  it('derives the CMS example check digit from the first nine digits', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[12]\d{8}$/),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (firstNine, position, delta) => {
          const npi = `${firstNine}${npiCheckDigit(firstNine)}`;
          expect(isValidNpi(npi)).toBe(true);
          const digits = [...npi];
          digits[position] = String((Number(digits[position]) + delta) % 10);
          expect(isValidNpi(digits.join(''))).toBe(false);
        },
      ),
    );
  });

  it('catches swaps of unequal neighbours except 0↔9', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[12]\d{8}$/), fc.integer({ min: 0, max: 8 }), (nine, i) => {
        const npi = `${nine}${npiCheckDigit(nine)}`;
        const [a, b] = [npi[i]!, npi[i + 1]!];
        fc.pre(a !== b && !((a === '0' && b === '9') || (a === '9' && b === '0')));
        const swapped = npi.slice(0, i) + b + a + npi.slice(i + 2);
        expect(isValidNpi(swapped)).toBe(false);
      }),
    );
  });
});

describe('Luhn', () => {
  it('matches known card-style numbers', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});

describe('DEA registration number', () => {
  it('accepts a correct check digit', () => {
    // 1+3+5 + 2×(2+4+6) = 33 → 3
    expect(isValidDeaNumber('AB1234563')).toBe(true);
    expect(isValidDeaNumber('FS9876547')).toBe(true);
    expect(isValidDeaNumber('M91234563')).toBe(true);
  });

  it('refuses wrong digits and shapes', () => {
    for (const dea of ['AB1234564', 'ab1234563', 'A11234563', 'AB123456', 'AB12345633'])
      expect(isValidDeaNumber(dea), dea).toBe(false);
  });
});
