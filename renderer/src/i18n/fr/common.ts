import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const common: DeepStrings<Messages['common']> = {
  loading: 'Chargement…',
  error: 'Une erreur est survenue.',
  retry: 'Réessayer',
};
