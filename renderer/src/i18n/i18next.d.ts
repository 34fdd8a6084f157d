import 'i18next';
import type { Messages } from './en';

/** Typed keys: `t('a.misspelt.key')` does not compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    returnNull: false;
  }
}
