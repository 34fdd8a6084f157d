import { describe, expect, it } from 'vitest';
import { requirementsOf, type ProjectListing } from './listing';

const listing: ProjectListing = {
  subSpecialties: ['contract'],
  credentials: [{ type: 'bar-admission', jurisdictions: [] }],
  minHoursPerWeek: 5,
  competencies: [{ competencyId: 'contract-drafting', minScore: 2 }],
  minutesPerTask: 45,
  deadline: '2030-01-31',
};

const project = {
  id: 'p1',
  name: 'NDA review',
  domain: 'law' as const,
  pay: { kind: 'perTask' as const, rateMinor: 6_000, currency: 'USD' },
  languages: ['en', 'FR-ca', 'not a tag!'],
};

describe('requirementsOf', () => {
  it('takes title, domain, pay and languages from the project and the rest from the listing', () => {
    expect(requirementsOf(project, listing)).toEqual({
      projectId: 'p1',
      title: 'NDA review',
      domain: 'law',
      subSpecialties: ['contract'],
      credentials: [{ type: 'bar-admission', jurisdictions: [] }],
      languages: ['en', 'fr-CA'],
      minHoursPerWeek: 5,
      competencies: [{ competencyId: 'contract-drafting', minScore: 2 }],
      pay: { kind: 'per-task', rate: 60, currency: 'USD', minutesPerTask: 45 },
      deadline: '2030-01-31',
    });
  });

  it('turns hourly pay from minor units and assumes 30 minutes a task when none is given', () => {
    expect(
      requirementsOf(
        { ...project, pay: { kind: 'perHour', rateMinor: 9_050, currency: 'EUR' } },
        listing,
      )?.pay,
    ).toEqual({ kind: 'hourly', rate: 90.5, currency: 'EUR' });
    const { minutesPerTask: _m, ...noEstimate } = listing;
    expect(requirementsOf(project, noEstimate)?.pay).toMatchObject({ minutesPerTask: 30 });
  });

  it('leaves projects of domain other out of matching', () => {
    expect(requirementsOf({ ...project, domain: 'other' }, listing)).toBeUndefined();
  });
});
