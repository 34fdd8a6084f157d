import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from './index';

describe('typed translation keys', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('accepts real keys and refuses misspelt ones at compile time', () => {
    expect(i18next.t('app.skipToContent')).toBe('Skip to content');
    // @ts-expect-error -- a misspelt key must not compile (tsc -p tsconfig.json checks this file)
    expect(i18next.t('app.skipToContnet')).toBe('app.skipToContnet');
  });
});
