import { describe, expect, it } from 'vitest';
import { resumeSections, suggestFromResume } from './resume';

const RESUME = `DANA OKAFOR
New York, NY · dana.okafor@example.com

SUMMARY
Commercial contracts lawyer with nine years of practice.

EXPERIENCE
Senior Associate, Hale & Dorr LLP — Jan 2019 – present
Negotiated SaaS, licensing and supply agreements for technology clients.
Associate, Baker Whitfield LLP, Toronto — Sep 2015 – Dec 2018

EDUCATION
J.D., Columbia Law School, 2015
B.A. in Economics, McGill University (2012)

BAR ADMISSIONS
New York (2016); Ontario (2015)

CERTIFICATIONS
CFA Level II candidate
CFA charterholder (2021)

LANGUAGES
English (native), French (fluent), Spanish – basic
`;

describe('résumé import', () => {
  it('splits the résumé into the sections it recognises', () => {
    expect(resumeSections(RESUME).map((s) => s.section)).toEqual([
      'other',
      'other',
      'experience',
      'education',
      'credentials',
      'credentials',
      'languages',
    ]);
  });

  it('suggests education, work history, licences and languages, each with its source line', () => {
    const suggestions = suggestFromResume(RESUME);
    expect(suggestions.filter((s) => s.kind === 'work').map((s) => s.value)).toEqual([
      { title: 'Senior Associate', organisation: 'Hale & Dorr LLP', start: '2019-01' },
      { title: 'Associate', organisation: 'Baker Whitfield LLP', start: '2015-09', end: '2018-12' },
    ]);
    expect(suggestions.filter((s) => s.kind === 'education').map((s) => s.value)).toEqual([
      { degree: 'JD', institution: 'Columbia Law School', year: 2015 },
      { degree: 'BA', field: 'Economics', institution: 'McGill University', year: 2012 },
    ]);
    expect(suggestions.filter((s) => s.kind === 'credential').map((s) => s.value)).toEqual([
      { kind: 'licence', type: 'bar-admission', jurisdiction: 'US-NY' },
      { kind: 'licence', type: 'bar-admission', jurisdiction: 'CA-ON' },
      { kind: 'certification', type: 'cfa' },
    ]);
    expect(suggestions.filter((s) => s.kind === 'language').map((s) => s.value)).toEqual([
      { code: 'en', proficiency: 'native' },
      { code: 'fr', proficiency: 'fluent' },
      { code: 'es', proficiency: 'basic' },
    ]);
    expect(suggestions.find((s) => s.kind === 'credential')?.line).toBe(
      'New York (2016); Ontario (2015)',
    );
  });

  it('reads an NPI and a medical licence from a physician’s licensure section', () => {
    const suggestions = suggestFromResume(
      'LICENSURE\nNPI: 1245319599\nMedical licence: Ontario (CPSO)\n',
    );
    expect(suggestions.map((s) => s.value)).toEqual([
      { kind: 'licence', type: 'npi', jurisdiction: 'US', number: '1245319599' },
      { kind: 'licence', type: 'medical-licence', jurisdiction: 'CA-ON' },
    ]);
  });
});
