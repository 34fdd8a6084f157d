import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../api/platformOps';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { refusalText } from './refusalText';

async function translator(lng: 'en' | 'fr') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, fr: { translation: fr } } });
  return i18n.t;
}

describe('refusalText', () => {
  it('says in the person’s language why the platform refused work', async () => {
    const notEligible = new PlatformError('rejected', 'You do not meet…', 403, 'notEligible');
    const notOpen = new PlatformError('rejected', 'the project is paused', 409, 'projectNotOpen');
    const tEn = await translator('en');
    const tFr = await translator('fr');
    expect(refusalText(tEn, notEligible)).toBe(en.queue.refused.notEligible);
    expect(refusalText(tFr, notEligible)).toBe(fr.queue.refused.notEligible);
    expect(refusalText(tFr, notOpen)).toBe(fr.queue.refused.projectNotOpen);
  });

  it('keeps the platform’s own words for any other refusal', async () => {
    const t = await translator('fr');
    expect(
      refusalText(t, new PlatformError('rejected', 'cannot go from a to b', 409, 'conflict')),
    ).toBe('cannot go from a to b');
    expect(refusalText(t, new Error('offline'))).toBe('offline');
  });
});
