import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { submitCredential } from '../credentials/check';
import { reviewCredential } from '../credentials/verification';
import type { Credential, ExpertProfile } from '../profile/profile';
import { eligibility, needsInterviewScores, takesNewWork, visibleToExperts } from './eligibility';
import type { ExpertSnapshot } from './expert';
import { requirementsOf, type ProjectListing } from './listing';
import { matchProjectsForExpert } from './match';

const TODAY = '2025-03-03';
const NOW = '2025-01-10T12:00:00.000Z';

const barLicence = (expiresOn?: string): Credential =>
  reviewCredential(
    submitCredential(
      {
        id: 'bar-ny',
        kind: 'licence',
        type: 'bar-admission',
        issuingBody: 'New York State Unified Court System',
        jurisdiction: 'US-NY',
        number: '4512345',
        ...(expiresOn ? { expiresOn } : {}),
      },
      NOW,
    ),
    { outcome: 'verified' },
    'reviewer-1',
    NOW,
  );

function lawyer(overrides: Partial<ExpertProfile> = {}, score?: number): ExpertSnapshot {
  return {
    expertId: 'x1',
    profile: {
      expertId: 'x1',
      education: [],
      credentials: [barLicence()],
      workHistory: [
        {
          id: 'w1',
          title: 'Associate',
          organisation: 'A LLP',
          domain: 'law',
          subSpecialties: [],
          start: '2016-01',
        },
      ],
      domains: [{ domain: 'law', subSpecialties: ['contract'] }],
      languages: [{ code: 'en', proficiency: 'native' }],
      availability: { hoursPerWeek: 20, timezone: 'America/New_York' },
      rate: { hourly: 80, currency: 'USD' },
      ...overrides,
    },
    ...(score !== undefined
      ? { interview: { scores: [{ competencyId: 'contract-drafting', score }] } }
      : {}),
  };
}

const LISTING: ProjectListing = {
  subSpecialties: ['contract'],
  credentials: [{ type: 'bar-admission', jurisdictions: ['US'] }],
  minHoursPerWeek: 5,
  competencies: [{ competencyId: 'contract-drafting', minScore: 2 }],
  minYearsExperience: 3,
};

const law = { domain: 'law' as const, languages: ['en'] };
const medicine = { domain: 'medicine' as const, languages: ['en'] };

describe('eligibility', () => {
  it('lets a verified lawyer with the interview score take a listed legal project', () => {
    expect(eligibility(lawyer({}, 3), law, LISTING, TODAY)).toEqual({ eligible: true });
  });

  it('asks for a profile before anything else', () => {
    expect(eligibility(undefined, { domain: 'other', languages: [] }, null, TODAY)).toEqual({
      eligible: false,
      unmet: [{ code: 'profile' }],
      reasons: ['build your profile first'],
    });
  });

  it('holds an unlisted project to its own domain and languages', () => {
    const result = eligibility(lawyer(), { domain: 'medicine', languages: ['fr-CA'] }, null, TODAY);
    expect(result).toMatchObject({
      eligible: false,
      unmet: [
        { code: 'domain', domain: 'medicine' },
        { code: 'language', language: 'fr-CA' },
      ],
    });
    expect(eligibility(lawyer(), law, null, TODAY)).toEqual({ eligible: true });
    // A project of no matching domain asks for none.
    expect(eligibility(lawyer(), { domain: 'other', languages: [] }, null, TODAY)).toEqual({
      eligible: true,
    });
  });

  it('names every unmet requirement as a code without what the expert has, and in words with it', () => {
    const result = eligibility(
      lawyer(
        {
          credentials: [barLicence('2024-12-31')],
          availability: { hoursPerWeek: 2, timezone: 'UTC' },
          workHistory: [],
        },
        1,
      ),
      law,
      LISTING,
      TODAY,
    );
    if (result.eligible) throw new Error('expected ineligible');
    expect(result.unmet).toEqual([
      { code: 'credential', credential: 'bar-admission', jurisdictions: ['US'] },
      { code: 'hours', hoursPerWeek: 5 },
      { code: 'interview', competencyId: 'contract-drafting', minScore: 2 },
      { code: 'experience', domain: 'law', years: 3 },
    ]);
    expect(JSON.stringify(result.unmet)).not.toMatch(/2024-12-31|yours|"score"/);
    expect(result.reasons[0]).toBe(
      'needs a verified United States bar licence (expired on 2024-12-31)',
    );
    expect(result.reasons[2]).toContain('yours is 1/4');
  });

  it('counts a licence as long as it has not expired', () => {
    const until = lawyer({ credentials: [barLicence('2025-03-03')] }, 3);
    expect(eligibility(until, law, LISTING, '2025-03-03').eligible).toBe(true);
    expect(eligibility(until, law, LISTING, '2025-03-04').eligible).toBe(false);
  });

  it('agrees with the catalogue for any expert and listing: eligible exactly when matched', () => {
    const profiles = fc.record({
      hours: fc.integer({ min: 0, max: 40 }),
      score: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      medicine: fc.boolean(),
      french: fc.boolean(),
      expired: fc.boolean(),
    });
    const listings = fc.record({
      minHoursPerWeek: fc.integer({ min: 0, max: 40 }),
      minScore: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      years: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
      domain: fc.constantFrom('law' as const, 'medicine' as const),
      french: fc.boolean(),
    });
    fc.assert(
      fc.property(profiles, listings, (p, l) => {
        const expert = lawyer(
          {
            credentials: [barLicence(p.expired ? '2020-01-01' : undefined)],
            availability: { hoursPerWeek: p.hours, timezone: 'UTC' },
            domains: [
              { domain: 'law', subSpecialties: [] },
              ...(p.medicine ? [{ domain: 'medicine' as const, subSpecialties: [] }] : []),
            ],
            languages: [
              { code: 'en', proficiency: 'native' },
              ...(p.french ? [{ code: 'fr', proficiency: 'fluent' as const }] : []),
            ],
          },
          p.score,
        );
        const listing: ProjectListing = {
          subSpecialties: [],
          credentials: [{ type: 'bar-admission', jurisdictions: [] }],
          minHoursPerWeek: l.minHoursPerWeek,
          competencies: [
            {
              competencyId: 'contract-drafting',
              ...(l.minScore !== undefined ? { minScore: l.minScore } : {}),
            },
          ],
          ...(l.years !== undefined ? { minYearsExperience: l.years } : {}),
        };
        const project = {
          id: 'p1',
          name: 'P',
          domain: l.domain,
          languages: l.french ? ['en', 'fr'] : ['en'],
          pay: { kind: 'perHour' as const, rateMinor: 5_000, currency: 'USD' },
        };
        const matched = matchProjectsForExpert(expert, [requirementsOf(project, listing)!], TODAY);
        const judged = eligibility(expert, project, listing, TODAY);
        expect(judged.eligible).toBe(matched.matches.length === 1);
        if (!judged.eligible) {
          expect(judged.reasons).toEqual(matched.excluded[0]!.reasons);
          expect(judged.unmet).toEqual(matched.excluded[0]!.unmet);
        }
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('needs interview scores only for a score floor', () => {
    expect(needsInterviewScores(LISTING)).toBe(true);
    expect(needsInterviewScores({ ...LISTING, competencies: [{ competencyId: 'x' }] })).toBe(false);
    expect(needsInterviewScores(null)).toBe(false);
  });

  it('hides drafts from experts and takes new work only while open', () => {
    expect(['draft', 'open', 'paused', 'closed'].map(visibleToExperts)).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(['draft', 'open', 'paused', 'closed'].map(takesNewWork)).toEqual([
      false,
      true,
      false,
      false,
    ]);
    expect(eligibility(lawyer(), medicine, null, TODAY).eligible).toBe(false);
  });
});
