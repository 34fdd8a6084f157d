import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const status: DeepStrings<Messages['status']> = {
  connection: {
    local: 'Local uniquement',
    connecting: 'Connexion…',
    online: 'En ligne',
    offline: 'Hors ligne',
    error: 'Problème de connexion',
  },
  sync: { idle: 'Toutes les modifications sont enregistrées sur cet ordinateur' },
  host: { electron: 'Application de bureau', web: 'Hôte web' },
};
