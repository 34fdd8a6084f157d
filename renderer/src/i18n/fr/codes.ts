import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const codes: DeepStrings<Messages['codes']> = {
  searchLabel: 'Rechercher dans {{system}}',
  placeholder: 'Code ou mots, p. ex. I10 ou hypertension essentielle',
  loading: 'Indexation de {{system}}…',
  failed: '{{system}} n’a pas pu être chargé.',
  none: 'Aucun code ne correspond.',
  results_one: '{{count}} résultat en {{ms}} ms',
  results_other: '{{count}} résultats en {{ms}} ms',
  ready_one: '{{count}} code prêt pour la recherche',
  ready_other: '{{count}} codes prêts pour la recherche',
  resultsList: 'Codes correspondants',
  reason: { recent: 'récent', suggested: 'suggéré' },
  linked: 'Codes liés',
  unlink: 'Délier {{code}}',
};
