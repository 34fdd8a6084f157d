import type { CheckResult, Credential, CredentialInput } from '../profile/profile';
import { DEA_PATTERN, NPI_PATTERN, isValidDeaNumber, isValidNpi } from './checkDigits';
import { formatFor, normaliseNumber } from './formats';

const passed = (check: string, message: string): CheckResult => ({
  check,
  outcome: 'passed',
  message,
});
const failed = (check: string, message: string): CheckResult => ({
  check,
  outcome: 'failed',
  message,
});
const warning = (check: string, message: string): CheckResult => ({
  check,
  outcome: 'warning',
  message,
});

function npiChecks(number: string): CheckResult[] {
  if (!NPI_PATTERN.test(number)) return [failed('npi-format', 'An NPI has exactly 10 digits.')];
  const checks = [
    isValidNpi(number)
      ? passed('npi-check-digit', 'The NPI check digit is correct.')
      : failed('npi-check-digit', 'The NPI check digit does not match: please check for a typo.'),
  ];
  if (!/^[12]/.test(number))
    checks.push(warning('npi-first-digit', 'NPIs issued so far begin with 1 or 2.'));
  return checks;
}

function deaChecks(number: string): CheckResult[] {
  if (!DEA_PATTERN.test(number))
    return [failed('dea-format', 'A DEA number is two letters followed by seven digits.')];
  return [
    isValidDeaNumber(number)
      ? passed('dea-check-digit', 'The DEA check digit is correct.')
      : failed('dea-check-digit', 'The DEA check digit does not match: please check for a typo.'),
  ];
}

/**
 * Every automatic check that applies to a credential, run when the expert saves it. `today` is
 * `YYYY-MM-DD`. Failed checks are issuer-defined facts (a wrong check digit, an expired licence);
 * warnings are our knowledge of formats, which a reviewer may overrule.
 */
export function checkCredential(credential: CredentialInput, today: string): CheckResult[] {
  const checks: CheckResult[] = [];
  const number = credential.number === undefined ? undefined : normaliseNumber(credential.number);
  if (credential.expiresOn !== undefined && credential.expiresOn < today)
    checks.push(failed('not-expired', `This credential expired on ${credential.expiresOn}.`));
  if (number === undefined) {
    if (credential.kind === 'licence' || credential.type === 'npi')
      checks.push(failed('number-present', 'A licence number is needed to verify a licence.'));
    return checks;
  }
  if (credential.type === 'npi') {
    checks.push(...npiChecks(number));
    if (credential.jurisdiction !== undefined && credential.jurisdiction.slice(0, 2) !== 'US')
      checks.push(warning('npi-jurisdiction', 'NPIs are issued in the United States only.'));
  } else if (credential.type === 'dea-registration') {
    checks.push(...deaChecks(number));
  } else {
    const format = formatFor(credential.type, credential.jurisdiction);
    if (format)
      checks.push(
        format.pattern.test(number)
          ? passed('number-format', `The number has the issuer's format.`)
          : warning('number-format', `${format.description}; please check the number.`),
      );
  }
  return checks;
}

/**
 * The credential as stored after the expert saves it. A failed issuer-defined check rejects it at
 * once, with the reason, so the expert can correct it; everything else waits for a reviewer,
 * because a correct check digit shows a well-formed number, not that it is this expert's.
 */
export function submitCredential(input: CredentialInput, now: string): Credential {
  const checks = checkCredential(input, now.slice(0, 10));
  const failures = checks.filter((c) => c.outcome === 'failed');
  const number = input.number === undefined ? {} : { number: normaliseNumber(input.number) };
  if (failures.length > 0)
    return {
      ...input,
      ...number,
      verification: {
        status: 'rejected',
        at: now,
        by: 'automatic',
        reason: failures.map((f) => f.message).join(' '),
        checks,
      },
    };
  return { ...input, ...number, verification: { status: 'pending', submittedAt: now, checks } };
}
