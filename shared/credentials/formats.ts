import type { CredentialType } from '../profile/profile';

export interface NumberFormat {
  readonly type: CredentialType;
  /** Exact jurisdiction code, or absent for any. */
  readonly jurisdiction?: string;
  readonly pattern: RegExp;
  /** Said to the expert when the number does not fit: what the issuer's numbers look like. */
  readonly description: string;
}

/**
 * Shapes of numbers as the issuers publish them, for licences without a check digit. A mismatch is
 * only a warning: registers change formats and old numbers survive, so a reviewer decides.
 */
export const NUMBER_FORMATS: readonly NumberFormat[] = [
  {
    type: 'bar-admission',
    jurisdiction: 'US-NY',
    pattern: /^\d{7}$/,
    description: 'New York attorney registration numbers have 7 digits',
  },
  {
    type: 'bar-admission',
    jurisdiction: 'US-CA',
    pattern: /^\d{1,6}$/,
    description: 'State Bar of California numbers have up to 6 digits',
  },
  {
    type: 'bar-admission',
    jurisdiction: 'US-TX',
    pattern: /^\d{8}$/,
    description: 'State Bar of Texas card numbers have 8 digits',
  },
  {
    type: 'medical-licence',
    jurisdiction: 'GB',
    pattern: /^\d{7}$/,
    description: 'GMC reference numbers have 7 digits',
  },
  {
    type: 'finra-registration',
    pattern: /^\d{1,8}$/,
    description: 'FINRA CRD numbers are digits only',
  },
];

export function formatFor(type: CredentialType, jurisdiction?: string): NumberFormat | undefined {
  return NUMBER_FORMATS.find(
    (f) => f.type === type && (f.jurisdiction === undefined || f.jurisdiction === jurisdiction),
  );
}

/** Spaces, dashes and dots are how people copy numbers from certificates, not part of them. */
export function normaliseNumber(number: string): string {
  return number.replace(/[\s.-]/g, '').toUpperCase();
}
