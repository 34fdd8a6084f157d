/** Shared set-up of the vetting route tests: accounts, tokens, a lawyer's profile, a listed project. */
import { uuidv7 } from 'uuidv7';
import type { ProjectListing } from '../../../../shared/matching/listing';
import type { ProfileInput } from '../../../../shared/profile/profile';
import { toPrincipal } from '../accounts/accounts';
import type { Platform } from '../../platform';
import { definition } from '../../testing/fixture';
import { api, mintAccessToken } from '../../testing/harness';

export interface Person {
  readonly id: string;
  readonly token: string;
}

export async function person(
  platform: Platform,
  role: 'expert' | 'reviewer' | 'requester' | 'admin',
  organisationId: string | null,
  name: string = role,
): Promise<Person> {
  const row = await platform.services.accounts.create({
    email: `${name}-${uuidv7().slice(-8)}@test.example`,
    displayName: `${name} ${uuidv7().slice(-4)}`,
    password: `${name}-password`,
    role,
    organisationId,
  });
  return { id: row.id, token: await mintAccessToken(platform, row.id) };
}

/** A contract lawyer with a (valid-format) New York bar number and an NPI-free profile. */
export function lawyerProfile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    education: [
      { id: 'jd', degree: 'JD', field: 'Law', institution: 'Fordham University', year: 2012 },
    ],
    credentials: [
      {
        id: 'bar-ny',
        kind: 'licence',
        type: 'bar-admission',
        issuingBody: 'New York State Unified Court System',
        jurisdiction: 'US-NY',
        number: '4512345',
      },
    ],
    workHistory: [
      {
        id: 'w1',
        title: 'Senior associate',
        organisation: 'Hale & Dorr LLP',
        domain: 'law',
        subSpecialties: ['contract'],
        start: '2013-01',
      },
    ],
    domains: [{ domain: 'law', subSpecialties: ['contract'] }],
    languages: [{ code: 'en', proficiency: 'native' }],
    availability: { hoursPerWeek: 20, timezone: 'America/New_York' },
    rate: { hourly: 60, currency: 'USD' },
    ...overrides,
  };
}

export const NDA_LISTING: ProjectListing = {
  subSpecialties: ['contract'],
  credentials: [{ type: 'bar-admission', jurisdictions: ['US'] }],
  minHoursPerWeek: 5,
  competencies: [{ competencyId: 'contract-drafting', weight: 2 }],
  minutesPerTask: 30,
  estimatedHours: 40,
  deadline: '2099-12-31',
};

export async function saveProfile(
  platform: Platform,
  token: string,
  profile: ProfileInput = lawyerProfile(),
  version = 0,
) {
  return api(platform, 'PUT', '/me/profile', { token, body: { version, profile } });
}

/** A project of the requester's organisation (draft unless said), with a task per document. */
export async function project(
  platform: Platform,
  requesterId: string,
  options: {
    status?: 'draft' | 'open';
    listing?: ProjectListing;
    tasks?: number;
    name?: string;
  } = {},
): Promise<string> {
  const { projects, documents, tasks } = platform.services;
  const requester = toPrincipal((await platform.services.accounts.byId(requesterId))!);
  const created = await projects.create(
    requester,
    definition(options.name ?? `NDA review ${uuidv7().slice(-6)}`, {
      status: options.status ?? 'draft',
      pay: { kind: 'perTask', rateMinor: 5_000, currency: 'USD' },
    }),
  );
  for (let i = 0; i < (options.tasks ?? 1); i++) {
    const doc = await documents.upload(requester, created.id, {
      name: `nda-${i}.txt`,
      bytes: new TextEncoder().encode(
        `Mutual NDA number ${i}. The Recipient shall keep it confidential.`,
      ),
    });
    await tasks.createTask(requester, created.id, { documentId: doc.id, title: `NDA ${i}` });
  }
  if (options.listing)
    await platform.services.vetting.catalogue.putListing(requester, created.id, options.listing);
  return created.id;
}
