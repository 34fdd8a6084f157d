import type { Credential, CredentialInput, VerificationStatus } from '../profile/profile';
import { submitCredential } from './check';
import { normaliseNumber } from './formats';

export type ReviewDecision =
  { readonly outcome: 'verified' } | { readonly outcome: 'rejected'; readonly reason: string };

export class CredentialReviewError extends Error {
  override readonly name = 'CredentialReviewError';
}

/** A reviewer's decision. A rejection must say why: the expert sees the reason, never a bare "no". */
export function reviewCredential(
  credential: Credential,
  decision: ReviewDecision,
  reviewerId: string,
  now: string,
): Credential {
  const current = credential.verification;
  if (current.status === 'unverified')
    throw new CredentialReviewError('only a submitted credential can be reviewed');
  const checks = current.checks;
  if (decision.outcome === 'verified')
    return {
      ...credential,
      verification: { status: 'verified', at: now, by: reviewerId, method: 'reviewer', checks },
    };
  const reason = decision.reason.trim();
  if (reason.length < 5) throw new CredentialReviewError('a rejection needs a reason');
  return {
    ...credential,
    verification: { status: 'rejected', at: now, by: reviewerId, reason, checks },
  };
}

/** For a future registry lookup (e.g. CMS's NPPES by NPI and name), which verifies without a reviewer. */
export function verifyFromRegistry(
  credential: Credential,
  registry: string,
  now: string,
): Credential {
  const checks =
    credential.verification.status === 'unverified' ? [] : credential.verification.checks;
  return {
    ...credential,
    verification: { status: 'verified', at: now, by: registry, method: 'registry', checks },
  };
}

export interface EffectiveStatus {
  readonly status: VerificationStatus;
  /** Why the effective status differs from the stored one, or why it was rejected. */
  readonly reason?: string;
}

/** The status that counts today: a verified licence that has since expired counts as unverified. */
export function effectiveStatus(credential: Credential, today: string): EffectiveStatus {
  const v = credential.verification;
  if (credential.expiresOn !== undefined && credential.expiresOn < today && v.status !== 'rejected')
    return { status: 'unverified', reason: `expired on ${credential.expiresOn}` };
  if (v.status === 'rejected') return { status: 'rejected', reason: v.reason };
  return { status: v.status };
}

/**
 * Applies an expert's edit. Changing what identifies the credential (type, number, jurisdiction,
 * issuer) voids any verification and re-submits it; editing only, say, a display name keeps it.
 */
export function editCredential(
  previous: Credential,
  next: CredentialInput,
  now: string,
): Credential {
  const identityChanged =
    previous.type !== next.type ||
    previous.number !== (next.number === undefined ? undefined : normaliseNumber(next.number)) ||
    previous.jurisdiction !== next.jurisdiction ||
    previous.issuingBody !== next.issuingBody ||
    previous.expiresOn !== next.expiresOn;
  if (identityChanged) return submitCredential(next, now);
  const number = previous.number === undefined ? {} : { number: previous.number };
  return { ...next, ...number, verification: previous.verification };
}

export interface QueuedCredential {
  readonly expertId: string;
  readonly credential: Credential;
}

/** The reviewer queue: pending credentials, oldest submission first. */
export function reviewQueue(items: readonly QueuedCredential[]): QueuedCredential[] {
  const submitted = (item: QueuedCredential) =>
    item.credential.verification.status === 'pending'
      ? item.credential.verification.submittedAt
      : '';
  return items
    .filter((item) => item.credential.verification.status === 'pending')
    .sort((a, b) => submitted(a).localeCompare(submitted(b)));
}
