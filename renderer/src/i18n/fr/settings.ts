import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const settings: DeepStrings<Messages['settings']> = {
  title: 'Réglages',
  theme: 'Thème',
  themes: { system: 'Comme le système', light: 'Clair', dark: 'Sombre' },
  language: 'Langue',
  languages: { system: 'Comme le système', en: 'English', fr: 'Français' },
  platformUrl: 'Adresse de la plateforme',
  platformUrlHelp: 'Laissez vide pour utiliser la plateforme intégrée à l’application.',
  platformUrlInvalid: 'Saisissez une adresse https:// (http:// seulement pour cet ordinateur).',
  save: 'Enregistrer',
  saved: 'Enregistré.',
  about: 'À propos',
  version: 'Version {{version}} · {{host}}',
};
