import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const workspace: DeepStrings<Messages['workspace']> = {
  back: 'Documents',
  missing: 'Ce document n’est plus sur cet ordinateur.',
  annotations: 'Annotations',
  annotationsCount_one: '{{count}} annotation',
  annotationsCount_other: '{{count}} annotations',
  filter: 'Afficher l’étiquette',
  allLabels: 'Toutes les étiquettes',
  noAnnotations:
    'Aucune annotation. Sélectionnez du texte et appuyez sur une touche d’étiquette (1–9).',
  page: 'p. {{page}}',
  label: 'Étiquette',
  note: 'Note (justification)',
  delete: 'Supprimer l’annotation',
  kind: { span: 'Passage', region: 'Zone', document: 'Document entier' },
};
