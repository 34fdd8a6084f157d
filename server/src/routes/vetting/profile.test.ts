import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpertProfile } from '../../../../shared/profile/profile';
import type { Platform } from '../../platform';
import { api, startTestPlatform } from '../../testing/harness';
import { testDatabaseKinds, type TestDatabase } from '../../testing/testDatabases';
import { lawyerProfile, person, saveProfile, type Person } from '../../services/vetting/testing';

type Envelope = { version: number; profile: ExpertProfile | null };

const npi = (number: string) => ({
  id: `npi-${number}`,
  kind: 'licence' as const,
  type: 'npi' as const,
  issuingBody: 'CMS NPPES',
  jurisdiction: 'US',
  number,
});

describe.each(testDatabaseKinds())('profile and credentials on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let expert: Person;
  let reviewer: Person;
  let requester: Person;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db);
    const org = await platform.services.accounts.createOrganisation('Vetting org');
    expert = await person(platform, 'expert', null);
    reviewer = await person(platform, 'reviewer', org);
    requester = await person(platform, 'requester', org);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  it('starts empty, saves with compare-and-set, and refuses a stale version', async () => {
    const empty = await api(platform, 'GET', '/me/profile', { token: expert.token });
    expect(empty.body).toEqual({ version: 0, profile: null });
    const saved = await saveProfile(platform, expert.token);
    expect(saved.status, saved.text).toBe(200);
    expect((saved.body as Envelope).version).toBe(1);
    expect((saved.body as Envelope).profile?.expertId).toBe(expert.id);
    const stale = await saveProfile(platform, expert.token, lawyerProfile(), 0);
    expect(stale.status).toBe(409);
  });

  it('checks credentials on save: a good NPI waits for review, a bad check digit is rejected with the reason', async () => {
    const current = (await api(platform, 'GET', '/me/profile', { token: expert.token }))
      .body as Envelope;
    const profile = lawyerProfile({
      credentials: [...lawyerProfile().credentials, npi('1234567893'), npi('1234567890')],
    });
    const saved = await saveProfile(platform, expert.token, profile, current.version);
    expect(saved.status, saved.text).toBe(200);
    const credentials = (saved.body as Envelope).profile!.credentials;
    const status = (id: string) => credentials.find((c) => c.id === id)!.verification;
    expect(status('bar-ny')).toMatchObject({ status: 'pending' });
    expect(status('npi-1234567893')).toMatchObject({
      status: 'pending',
      checks: [{ check: 'npi-check-digit', outcome: 'passed' }],
    });
    expect(status('npi-1234567890')).toMatchObject({ status: 'rejected', by: 'automatic' });
    expect(JSON.stringify(status('npi-1234567890'))).toContain('check digit does not match');
  });

  it('refuses what the schema or the cross-field rules refuse', async () => {
    const current = (await api(platform, 'GET', '/me/profile', { token: expert.token }))
      .body as Envelope;
    const backwards = lawyerProfile({
      workHistory: [{ ...lawyerProfile().workHistory[0]!, start: '2020-01', end: '2019-01' }],
    });
    const refused = await saveProfile(platform, expert.token, backwards, current.version);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('ends before it starts');
    const extra = await api(platform, 'PUT', '/me/profile', {
      token: expert.token,
      body: { version: current.version, profile: { ...lawyerProfile(), verified: true } },
    });
    expect(extra.status).toBe(400);
  });

  it('gives reviewers the queue, oldest first, and records their decisions', async () => {
    const queue = await api(platform, 'GET', '/credentials/queue', { token: reviewer.token });
    expect(queue.status).toBe(200);
    const mine = (queue.body as { expertId: string; credential: { id: string } }[]).filter(
      (q) => q.expertId === expert.id,
    );
    expect(mine.map((q) => q.credential.id).sort()).toEqual(['bar-ny', 'npi-1234567893']);

    const path = `/experts/${expert.id}/credentials`;
    const verified = await api(platform, 'POST', `${path}/bar-ny/decision`, {
      token: reviewer.token,
      body: { outcome: 'verified' },
    });
    expect(verified.status, verified.text).toBe(200);
    expect(verified.body).toMatchObject({
      verification: { status: 'verified', by: reviewer.id, method: 'reviewer' },
    });
    const noReason = await api(platform, 'POST', `${path}/npi-1234567893/decision`, {
      token: reviewer.token,
      body: { outcome: 'rejected', reason: '' },
    });
    expect(noReason.status).toBe(400);
    const rejected = await api(platform, 'POST', `${path}/npi-1234567893/decision`, {
      token: reviewer.token,
      body: { outcome: 'rejected', reason: 'The NPPES record names another person.' },
    });
    expect(rejected.body).toMatchObject({ verification: { status: 'rejected' } });
    const twice = await api(platform, 'POST', `${path}/bar-ny/decision`, {
      token: reviewer.token,
      body: { outcome: 'verified' },
    });
    expect(twice.status).toBe(409);

    const seen = (await api(platform, 'GET', '/me/profile', { token: expert.token }))
      .body as Envelope;
    const bar = seen.profile!.credentials.find((c) => c.id === 'bar-ny')!;
    expect(bar.verification.status).toBe('verified');
    const left = await api(platform, 'GET', '/credentials/queue', { token: reviewer.token });
    expect((left.body as { expertId: string }[]).some((q) => q.expertId === expert.id)).toBe(false);
  });

  it('keeps a verification when the expert edits only a display name, and voids it when the number changes', async () => {
    const current = (await api(platform, 'GET', '/me/profile', { token: expert.token }))
      .body as Envelope;
    const bar = lawyerProfile().credentials[0]!;
    const renamed = await saveProfile(
      platform,
      expert.token,
      lawyerProfile({ credentials: [{ ...bar, name: 'New York bar' }] }),
      current.version,
    );
    expect((renamed.body as Envelope).profile!.credentials[0]!.verification.status).toBe(
      'verified',
    );
    const renumbered = await saveProfile(
      platform,
      expert.token,
      lawyerProfile({ credentials: [{ ...bar, number: '4599999' }] }),
      (renamed.body as Envelope).version,
    );
    expect((renumbered.body as Envelope).profile!.credentials[0]!.verification.status).toBe(
      'pending',
    );
  });

  it('keeps profiles to experts and the queue to reviewers', async () => {
    expect((await api(platform, 'GET', '/me/profile', { token: requester.token })).status).toBe(
      403,
    );
    expect((await api(platform, 'GET', '/credentials/queue', { token: expert.token })).status).toBe(
      403,
    );
    expect(
      (
        await api(platform, 'POST', `/experts/${expert.id}/credentials/bar-ny/decision`, {
          token: requester.token,
          body: { outcome: 'verified' },
        })
      ).status,
    ).toBe(403);
  });
});
