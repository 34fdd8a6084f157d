import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { ExpertProfile, ProfileInput } from './profile';
import { profileProblems } from './validate';

const input: ProfileInput = {
  education: [
    {
      id: 'e1',
      degree: 'MD',
      field: 'Medicine',
      institution: 'Johns Hopkins University',
      year: 2009,
    },
  ],
  credentials: [
    {
      id: 'c1',
      kind: 'licence',
      type: 'npi',
      issuingBody: 'CMS NPPES',
      jurisdiction: 'US',
      number: '1245319599',
    },
    {
      id: 'c2',
      kind: 'certification',
      type: 'board-certification',
      name: 'Internal Medicine (ABIM)',
      issuingBody: 'ABIM',
      expiresOn: '2029-12-31',
    },
  ],
  workHistory: [
    {
      id: 'w1',
      title: 'Attending physician',
      organisation: 'Mercy Hospital',
      domain: 'medicine',
      subSpecialties: ['internal-medicine'],
      start: '2012-07',
    },
  ],
  domains: [{ domain: 'medicine', subSpecialties: ['internal-medicine', 'pharmacology'] }],
  languages: [
    { code: 'en', proficiency: 'native' },
    { code: 'es', proficiency: 'professional' },
  ],
  availability: { hoursPerWeek: 10, timezone: 'America/Chicago' },
  rate: { hourly: 150, currency: 'USD' },
};

describe('profile wire schema', () => {
  const check = Compile(ProfileInput);

  it('accepts a complete profile', () => {
    expect(check.Check(input)).toBe(true);
    expect(profileProblems(input)).toEqual([]);
  });

  it('refuses unknown fields, including a self-declared verification', () => {
    const sneaky = {
      ...input,
      credentials: [{ ...input.credentials[0], verification: { status: 'verified' } }],
    };
    expect(check.Check(sneaky)).toBe(false);
    expect(check.Check({ ...input, admin: true })).toBe(false);
  });

  it('refuses malformed dates, codes and ranges', () => {
    expect(
      check.Check({ ...input, workHistory: [{ ...input.workHistory[0], start: '2012-13' }] }),
    ).toBe(false);
    expect(check.Check({ ...input, languages: [{ code: 'English', proficiency: 'native' }] })).toBe(
      false,
    );
    expect(check.Check({ ...input, availability: { hoursPerWeek: 200, timezone: 'UTC' } })).toBe(
      false,
    );
    expect(check.Check({ ...input, rate: { hourly: 100, currency: 'usd' } })).toBe(false);
  });

  it('has a stored form whose credentials carry a verification', () => {
    const stored = Compile(ExpertProfile);
    const credentials = input.credentials.map((c) => ({
      ...c,
      verification: { status: 'unverified' },
    }));
    expect(stored.Check({ ...input, expertId: 'x', credentials })).toBe(true);
    expect(stored.Check({ ...input, expertId: 'x' })).toBe(false);
  });
});

describe('profileProblems', () => {
  it('finds what a schema cannot', () => {
    const problems = profileProblems({
      ...input,
      domains: [
        { domain: 'medicine', subSpecialties: ['contract'] },
        { domain: 'medicine', subSpecialties: [] },
      ],
      workHistory: [{ ...input.workHistory[0]!, end: '2010-01' }],
      languages: [...input.languages, { code: 'en', proficiency: 'fluent' }],
    });
    expect(problems).toEqual([
      {
        path: '/domains/0/subSpecialties/0',
        message: 'contract is not a sub-specialty of medicine',
      },
      { path: '/domains/1', message: 'medicine is listed twice' },
      { path: '/workHistory/0/end', message: 'ends before it starts' },
      { path: '/languages/2', message: 'en is listed twice' },
    ]);
  });
});
