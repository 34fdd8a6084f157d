import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { submitCredential } from '../credentials/check';
import { reviewCredential } from '../credentials/verification';
import type { Credential, CredentialInput, ExpertProfile } from '../profile/profile';
import type { ExpertSnapshot } from './expert';
import { matchProjectsForExpert, rankCandidates } from './match';
import type { ProjectRequirements } from './project';

const TODAY = '2025-03-03';
const NOW = '2025-01-10T12:00:00.000Z';

function verified(input: CredentialInput): Credential {
  return reviewCredential(submitCredential(input, NOW), { outcome: 'verified' }, 'reviewer-1', NOW);
}
const nyBar: CredentialInput = {
  id: 'bar-ny',
  kind: 'licence',
  type: 'bar-admission',
  issuingBody: 'New York State Unified Court System',
  jurisdiction: 'US-NY',
  number: '4512345',
};

function lawyer(
  expertId: string,
  overrides: Partial<ExpertProfile> = {},
  scores: Record<string, number> = {},
): ExpertSnapshot {
  return {
    expertId,
    profile: {
      expertId,
      education: [
        {
          id: 'jd',
          degree: 'JD',
          field: 'Law',
          institution: 'Fordham University School of Law',
          year: 2015,
        },
      ],
      credentials: [verified(nyBar)],
      workHistory: [
        {
          id: 'w1',
          title: 'Associate',
          organisation: 'Hale & Dorr LLP',
          domain: 'law',
          subSpecialties: ['contract', 'corporate-ma'],
          start: '2016-01',
        },
      ],
      domains: [{ domain: 'law', subSpecialties: ['contract', 'corporate-ma'] }],
      languages: [{ code: 'en', proficiency: 'native' }],
      availability: { hoursPerWeek: 20, timezone: 'America/New_York' },
      rate: { hourly: 80, currency: 'USD' },
      ...overrides,
    },
    interview: {
      scores: Object.entries({ 'contract-drafting': 4, 'legal-analysis': 3, ...scores }).map(
        ([competencyId, score]) => ({ competencyId, score }),
      ),
    },
    quality: { reviewedTasks: 120, acceptedTasks: 115 },
  };
}

const ndaProject: ProjectRequirements = {
  projectId: 'p-nda',
  title: 'NDA clause extraction',
  domain: 'law',
  subSpecialties: ['contract'],
  credentials: [{ type: 'bar-admission', jurisdictions: ['US-NY'] }],
  languages: ['en'],
  minHoursPerWeek: 10,
  competencies: [{ competencyId: 'contract-drafting', minScore: 3 }],
  pay: { kind: 'hourly', rate: 95, currency: 'USD' },
};
const cheapProject: ProjectRequirements = {
  ...ndaProject,
  projectId: 'p-cheap',
  title: 'Lease abstraction',
  credentials: [],
  competencies: [{ competencyId: 'contract-drafting' }],
  pay: { kind: 'per-task', rate: 20, currency: 'USD', minutesPerTask: 30 },
};
const quebecProject: ProjectRequirements = {
  ...ndaProject,
  projectId: 'p-qc',
  title: 'Quebec commercial leases (French)',
  credentials: [{ type: 'bar-admission', jurisdictions: ['CA-QC', 'CA-ON'] }],
  languages: ['fr'],
};
const clinicalProject: ProjectRequirements = {
  ...ndaProject,
  projectId: 'p-med',
  title: 'Discharge summary review',
  domain: 'medicine',
  subSpecialties: [],
  credentials: [{ type: 'npi', jurisdictions: [] }],
  competencies: [],
};

describe('matchProjectsForExpert', () => {
  const dana = lawyer('dana');
  const result = matchProjectsForExpert(
    dana,
    [cheapProject, quebecProject, clinicalProject, ndaProject],
    TODAY,
  );

  it('ranks the projects she qualifies for, with reasons', () => {
    expect(result.matches.map((m) => m.projectId)).toEqual(['p-nda', 'p-cheap']);
    expect(result.matches[0]!.summary).toBe(
      'verified NY bar licence; 9 years contract law; interview: contract drafting 4/4; 96% of 120 reviewed tasks accepted; pays $95/h, at or above your $80/h',
    );
    expect(result.matches[1]!.concerns).toContain('pays $40/h (estimated), below your $80/h');
  });

  it('says why the others are filtered out, all reasons at once', () => {
    expect(result.excluded).toEqual([
      {
        projectId: 'p-qc',
        expertId: 'dana',
        reasons: ['needs a verified QC or ON bar licence', 'needs French at a professional level'],
        unmet: [
          { code: 'credential', credential: 'bar-admission', jurisdictions: ['CA-QC', 'CA-ON'] },
          { code: 'language', language: 'fr' },
        ],
      },
      {
        projectId: 'p-med',
        expertId: 'dana',
        reasons: [
          'needs medicine expertise, which your profile does not list',
          'needs a verified NPI',
        ],
        unmet: [
          { code: 'domain', domain: 'medicine' },
          { code: 'credential', credential: 'npi', jurisdictions: [] },
        ],
      },
    ]);
  });
});

describe('rankCandidates', () => {
  it('keeps only eligible candidates and explains each exclusion', () => {
    const pendingBar = submitCredential(nyBar, NOW);
    const expired = verified({ ...nyBar, expiresOn: '2025-02-28' });
    const experts = [
      lawyer('sam', {}, { 'contract-drafting': 2 }),
      lawyer('priya', { credentials: [pendingBar] }),
      lawyer('dana'),
      lawyer('omar', {
        credentials: [expired],
        availability: { hoursPerWeek: 5, timezone: 'UTC' },
      }),
      { ...lawyer('new'), interview: undefined },
    ];
    const { matches, excluded } = rankCandidates(ndaProject, experts, TODAY);
    expect(matches.map((m) => m.expertId)).toEqual(['dana']);
    expect(Object.fromEntries(excluded.map((e) => [e.expertId, e.reasons]))).toEqual({
      sam: ['needs contract drafting 3/4 in the interview; yours is 2/4'],
      priya: ['needs a verified NY bar licence (yours is pending review)'],
      omar: [
        'needs a verified NY bar licence (expired on 2025-02-28)',
        'needs 10 h a week; you offer 5',
      ],
      new: ['needs an interview score of 3/4 in contract drafting; you have none yet'],
    });
  });

  it('ranks by interview, experience, quality and pay, ties by id', () => {
    const junior = lawyer('junior', {
      workHistory: [
        {
          id: 'w',
          title: 'Associate',
          organisation: 'X',
          domain: 'law',
          subSpecialties: ['contract'],
          start: '2022-09',
        },
      ],
    });
    const newcomer = { ...lawyer('newcomer'), quality: undefined };
    const { matches } = rankCandidates(
      ndaProject,
      [junior, newcomer, lawyer('dana'), lawyer('avery')],
      TODAY,
    );
    expect(matches.map((m) => m.expertId)).toEqual(['avery', 'dana', 'newcomer', 'junior']);
    expect(matches[2]!.concerns).toContain('no reviewed work yet');
    expect(matches[3]!.reasons).toContain('2 years contract law');
  });

  it('never ranks an expert lower for a better interview score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 60 }),
        (a, b, hours) => {
          const [low, high] = [Math.min(a, b), Math.max(a, b)];
          const project = { ...cheapProject, minHoursPerWeek: 0 };
          const profile = { availability: { hoursPerWeek: hours, timezone: 'UTC' } };
          const scoreOf = (s: number) =>
            rankCandidates(project, [lawyer('x', profile, { 'contract-drafting': s })], TODAY)
              .matches[0]!.score;
          expect(scoreOf(high)).toBeGreaterThanOrEqual(scoreOf(low));
        },
      ),
    );
  });
});
