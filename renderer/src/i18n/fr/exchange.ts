import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const exchange: DeepStrings<Messages['exchange']> = {
  export: 'Exporter…',
  exportAll: 'Tout exporter…',
  importAnnotations: 'Importer des annotations…',
  exportTitle_one: 'Exporter {{count}} document',
  exportTitle_other: 'Exporter {{count}} documents',
  importTitle: 'Importer des annotations sur « {{name}} »',
  format: 'Format',
  chooseFile: 'Choisir un fichier…',
  save: 'Enregistrer',
  close: 'Fermer',
  add_one: 'Ajouter {{count}} annotation',
  add_other: 'Ajouter {{count}} annotations',
  added_one: '{{count}} annotation ajoutée.',
  added_other: '{{count}} annotations ajoutées.',
  saved_one: '{{count}} fichier enregistré.',
  saved_other: '{{count}} fichiers enregistrés.',
  files: 'Fichiers : {{names}}',
  counts: {
    export:
      '{{documents}} document(s), {{read}} annotation(s) : {{written}} exportée(s), {{skipped}} écartée(s) ; {{records}} enregistrement(s) écrit(s).',
    import:
      '{{read}} élément(s) trouvé(s) : {{written}} annotation(s) prête(s), {{skipped}} écartée(s).',
  },
  lossless: 'Sans perte : rien n’a été supprimé ni approché.',
  lossy: 'Avec pertes : voyez ci-dessous ce qui a été supprimé ou approché.',
  issues_one: '{{count}} problème',
  issues_other: '{{count}} problèmes',
  omitted: '…et {{count}} de plus.',
  kind: {
    invalid: 'Rejeté :',
    unsupported: 'Ignoré :',
    lossy: 'Approché :',
    warning: 'Remarque :',
  },
  refused: {
    empty: '« {{name}} » est vide.',
    tooLarge: '« {{name}} » est trop volumineux.',
    unreadable: '« {{name}} » n’a pas pu être lu.',
  },
  unreadable: '« {{name}} » ne peut pas être lu dans ce format.',
};
