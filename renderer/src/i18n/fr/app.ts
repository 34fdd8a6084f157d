import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const app: DeepStrings<Messages['app']> = {
  name: 'Glossator',
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
};
