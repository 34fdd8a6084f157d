/**
 * Check digits defined by the issuers themselves. They catch typos (every single wrong digit and
 * most swaps of neighbours); they do not prove the number belongs to the person typing it.
 */

/** Luhn (ISO/IEC 7812-1) over a string of digits whose last digit is the check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const NPI_PATTERN = /^\d{10}$/;

/**
 * US National Provider Identifier: 10 digits whose last is a Luhn check digit computed over the
 * number prefixed with 80840 (the health-industry prefix of ISO 7812 card numbers), as CMS's
 * "Requirements for the NPI check digit" defines.
 */
export function isValidNpi(npi: string): boolean {
  return NPI_PATTERN.test(npi) && luhnValid(`80840${npi}`);
}

/** The check digit an NPI's first nine digits call for; for building test numbers. */
export function npiCheckDigit(firstNine: string): number {
  for (let d = 0; d <= 9; d += 1) if (luhnValid(`80840${firstNine}${d}`)) return d;
  throw new Error('first nine must be nine digits');
}

/** Registrant type letter, second letter (last-name initial, or 9 for businesses), 7 digits. */
export const DEA_PATTERN = /^[A-Z][A-Z9]\d{7}$/;

/**
 * US DEA registration number: the 7th digit is the last digit of
 * (d1 + d3 + d5) + 2 × (d2 + d4 + d6), per the DEA's published rule.
 */
export function isValidDeaNumber(dea: string): boolean {
  if (!DEA_PATTERN.test(dea)) return false;
  const d = [...dea.slice(2)].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const total = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return total % 10 === d[6];
}
