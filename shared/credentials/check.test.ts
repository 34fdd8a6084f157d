import { describe, expect, it } from 'vitest';
import type { CredentialInput } from '../profile/profile';
import { checkCredential, submitCredential } from './check';
import {
  editCredential,
  effectiveStatus,
  reviewCredential,
  reviewQueue,
  CredentialReviewError,
} from './verification';

const NOW = '2025-03-01T10:00:00.000Z';
const npi = (number: string): CredentialInput => ({
  id: 'c1',
  kind: 'licence',
  type: 'npi',
  issuingBody: 'CMS NPPES',
  jurisdiction: 'US',
  number,
});
const nyBar = (number: string): CredentialInput => ({
  id: 'c2',
  kind: 'licence',
  type: 'bar-admission',
  issuingBody: 'New York State Unified Court System',
  jurisdiction: 'US-NY',
  number,
});

describe('checkCredential', () => {
  it('passes a valid NPI, typed with spaces, and sends it to review', () => {
    const credential = submitCredential(npi('1234 567 893'), NOW);
    expect(credential.number).toBe('1234567893');
    expect(credential.verification).toEqual({
      status: 'pending',
      submittedAt: NOW,
      checks: [
        { check: 'npi-check-digit', outcome: 'passed', message: 'The NPI check digit is correct.' },
      ],
    });
  });

  it('rejects a wrong NPI check digit at once, saying why', () => {
    const credential = submitCredential(npi('1234567890'), NOW);
    expect(credential.verification).toMatchObject({
      status: 'rejected',
      by: 'automatic',
      reason: 'The NPI check digit does not match: please check for a typo.',
    });
  });

  it('rejects an NPI of the wrong length and a DEA number with a bad check digit', () => {
    expect(checkCredential(npi('123456789'), '2025-03-01')[0]?.check).toBe('npi-format');
    const dea: CredentialInput = { ...npi('AB1234564'), type: 'dea-registration' };
    expect(checkCredential(dea, '2025-03-01')).toEqual([
      expect.objectContaining({ check: 'dea-check-digit', outcome: 'failed' }),
    ]);
  });

  it("only warns when a bar number does not look like the issuer's format", () => {
    expect(checkCredential(nyBar('1234567'), '2025-03-01')).toEqual([
      expect.objectContaining({ check: 'number-format', outcome: 'passed' }),
    ]);
    const credential = submitCredential(nyBar('12-345'), NOW);
    expect(credential.verification.status).toBe('pending');
    expect(checkCredential(nyBar('12345'), '2025-03-01')[0]).toMatchObject({
      outcome: 'warning',
      message: 'New York attorney registration numbers have 7 digits; please check the number.',
    });
  });

  it('sends licences without an issuer-defined check to review with no checks', () => {
    const ontario: CredentialInput = {
      ...nyBar('P12345'),
      jurisdiction: 'CA-ON',
      issuingBody: 'Law Society of Ontario',
    };
    expect(submitCredential(ontario, NOW).verification).toEqual({
      status: 'pending',
      submittedAt: NOW,
      checks: [],
    });
  });

  it('requires a number for a licence and refuses an expired one', () => {
    const { number: _number, ...noNumber } = nyBar('1234567');
    expect(submitCredential(noNumber, NOW).verification.status).toBe('rejected');
    const cfa: CredentialInput = {
      id: 'c3',
      kind: 'certification',
      type: 'cfa',
      issuingBody: 'CFA Institute',
    };
    expect(submitCredential(cfa, NOW).verification.status).toBe('pending');
    const expired = submitCredential({ ...nyBar('1234567'), expiresOn: '2024-12-31' }, NOW);
    expect(expired.verification).toMatchObject({
      status: 'rejected',
      reason: 'This credential expired on 2024-12-31.',
    });
  });
});

describe('verification', () => {
  const pending = submitCredential({ ...nyBar('1234567'), expiresOn: '2026-06-30' }, NOW);

  it('is verified or rejected by a reviewer, and a rejection needs a reason', () => {
    const verified = reviewCredential(pending, { outcome: 'verified' }, 'rev-1', NOW);
    expect(verified.verification).toMatchObject({
      status: 'verified',
      by: 'rev-1',
      method: 'reviewer',
    });
    expect(() =>
      reviewCredential(pending, { outcome: 'rejected', reason: ' ' }, 'rev-1', NOW),
    ).toThrow(CredentialReviewError);
    const rejected = reviewCredential(
      pending,
      { outcome: 'rejected', reason: 'Name on the register does not match' },
      'rev-1',
      NOW,
    );
    expect(effectiveStatus(rejected, '2025-03-02')).toEqual({
      status: 'rejected',
      reason: 'Name on the register does not match',
    });
  });

  it('counts a verified licence as unverified once it expires', () => {
    const verified = reviewCredential(pending, { outcome: 'verified' }, 'rev-1', NOW);
    expect(effectiveStatus(verified, '2026-06-30')).toEqual({ status: 'verified' });
    expect(effectiveStatus(verified, '2026-07-01')).toEqual({
      status: 'unverified',
      reason: 'expired on 2026-06-30',
    });
  });

  it('re-submits on an identity edit and keeps the status on a cosmetic one', () => {
    const verified = reviewCredential(pending, { outcome: 'verified' }, 'rev-1', NOW);
    const { verification: _v, ...input } = verified;
    expect(editCredential(verified, { ...input, name: 'NY bar' }, NOW).verification.status).toBe(
      'verified',
    );
    expect(editCredential(verified, { ...input, number: '7654321' }, NOW).verification.status).toBe(
      'pending',
    );
  });

  it('queues pending credentials oldest first', () => {
    const later = submitCredential(nyBar('7654321'), '2025-03-02T00:00:00.000Z');
    const queue = reviewQueue([
      { expertId: 'b', credential: later },
      { expertId: 'a', credential: pending },
      { expertId: 'c', credential: submitCredential(npi('1234567890'), NOW) },
    ]);
    expect(queue.map((q) => q.expertId)).toEqual(['a', 'b']);
  });
});
