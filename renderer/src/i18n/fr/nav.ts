import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const nav: DeepStrings<Messages['nav']> = {
  projects: 'Projets',
  queue: 'File de travail',
  documents: 'Documents',
  interview: 'Entretien',
  earnings: 'Revenus',
  settings: 'Réglages',
  profile: 'Profil',
  review: 'Relecture',
  shortcutHint: 'Ctrl+{{key}}',
};
