import type { CredentialType } from '../profile/profile';
import { jurisdictionShort } from '../profile/jurisdictions';

const CREDENTIAL_LABELS: Readonly<Record<CredentialType, string>> = {
  'bar-admission': 'bar licence',
  'medical-licence': 'medical licence',
  npi: 'NPI',
  'dea-registration': 'DEA registration',
  'board-certification': 'board certification',
  cpa: 'CPA licence',
  cfa: 'CFA charter',
  frm: 'FRM certification',
  'finra-registration': 'FINRA registration',
  other: 'credential',
};

/** "NY bar licence", "Ontario bar licence", "CFA charter". */
export function credentialLabel(
  type: CredentialType,
  jurisdictions: readonly string[] = [],
): string {
  const where = jurisdictions.map(jurisdictionShort).join(' or ');
  return where ? `${where} ${CREDENTIAL_LABELS[type]}` : CREDENTIAL_LABELS[type];
}

const SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£' };

export function money(amount: number, currency: string): string {
  const n = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${n}` : `${currency} ${n}`;
}

export function years(n: number): string {
  const rounded = Math.floor(n);
  return `${rounded} year${rounded === 1 ? '' : 's'}`;
}
