import { describe, expect, it } from 'vitest';
import { REJECT_REASONS } from '../../../../shared/sync/protocol';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';

describe('refusal reasons', () => {
  it('every reason the platform can give is shown in words, in English and French', () => {
    for (const dictionary of [en, fr]) {
      const reasons: Record<string, string> = dictionary.sync.rejected.reason;
      for (const reason of REJECT_REASONS) expect(reasons[reason], reason).toMatch(/\w{3}/);
    }
  });
});
