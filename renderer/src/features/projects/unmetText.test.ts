import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { UnmetRequirement } from '../../../../shared/matching/unmet';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { unmetText } from './unmetText';

async function say(lng: 'en' | 'fr', unmet: readonly UnmetRequirement[]): Promise<string[]> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, fr: { translation: fr } } });
  return unmet.map((u) => unmetText(i18n.t, u, lng));
}

const ALL: UnmetRequirement[] = [
  { code: 'profile' },
  { code: 'domain', domain: 'medicine' },
  { code: 'credential', credential: 'medical-licence', jurisdictions: [] },
  { code: 'language', language: 'fr' },
  { code: 'hours', hoursPerWeek: 10 },
  { code: 'interview', competencyId: 'contract-drafting', minScore: 3 },
  { code: 'experience', domain: 'finance', years: 2 },
  { code: 'experience', years: 1 },
];

describe('unmetText', () => {
  it('says every unmet requirement in English', async () => {
    expect(await say('en', ALL)).toEqual([
      'build your profile first',
      'needs medicine expertise, which your profile does not list',
      'needs a verified medical licence',
      'needs French at a professional level',
      'needs at least 10 hours a week',
      'needs an interview score of at least 3/4 in contract drafting',
      'needs 2 years of finance experience',
      'needs 1 year of experience',
    ]);
  });

  it('and in French', async () => {
    const said = await say('fr', ALL);
    expect(said[1]).toBe('demande une expertise en médecine, que votre profil n’indique pas');
    expect(said[3]).toBe('demande un niveau professionnel en français');
    expect(said[6]).toBe('demande 2 ans d’expérience en finance');
    for (const text of said) expect(text).not.toMatch(/^needs|matching\.unmet/);
  });
});
