import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const documents: DeepStrings<Messages['documents']> = {
  title: 'Documents',
  import: 'Importer un document…',
  importing: 'Importation…',
  progress: 'Lecture de la page {{done}} sur {{total}}',
  empty:
    'Aucun document. Importez un PDF ou un fichier texte pour commencer ; il reste sur cet ordinateur.',
  columns: {
    name: 'Nom',
    type: 'Type',
    length: 'Longueur',
    size: 'Taille',
    added: 'Ajouté',
    actions: 'Actions',
  },
  kind: { pdf: 'PDF', text: 'Texte' },
  pages_one: '{{count}} page',
  pages_other: '{{count}} pages',
  characters_one: '{{count}} caractère',
  characters_other: '{{count}} caractères',
  delete: 'Supprimer',
  deleteNamed: 'Supprimer {{name}}',
  confirmDelete: {
    title: 'Supprimer ce document ?',
    body: '« {{name}} » et toutes ses annotations seront supprimés de cet ordinateur. Cette action est définitive.',
    confirm: 'Supprimer',
    cancel: 'Annuler',
  },
  notice: {
    imported: '« {{name}} » a été importé.',
    duplicate:
      '« {{name}} » figure déjà dans vos documents sous le nom « {{existing}} » ; rien n’a été ajouté.',
    failed:
      '« {{name}} » n’a pas pu être importé à cause d’une erreur inattendue. Rien n’a été enregistré.',
    dismiss: 'Fermer',
  },
  problem: {
    empty: '« {{name}} » est vide (0 octet). Rien n’a été enregistré.',
    tooLarge: '« {{name}} » dépasse la limite d’importation de 512 Mo. Rien n’a été enregistré.',
    unreadable: '« {{name}} » n’a pas pu être lu sur le disque. Rien n’a été enregistré.',
    binary: '« {{name}} » n’est ni un fichier texte ni un PDF. Rien n’a été enregistré.',
    invalidEncoding:
      '« {{name}} » n’est pas un texte UTF-8 valide. Enregistrez-le en UTF-8 puis réimportez-le. Rien n’a été enregistré.',
    pdfMalformed:
      '« {{name}} » est endommagé et ne peut pas être lu comme PDF. Rien n’a été enregistré.',
    pdfPasswordRequired:
      '« {{name}} » est protégé par un mot de passe et aucun n’a été saisi. Rien n’a été enregistré.',
    pdfPasswordWrong: 'Le mot de passe de « {{name}} » a été refusé. Rien n’a été enregistré.',
    pdfTooManyPages:
      '« {{name}} » annonce un nombre de pages invraisemblable et n’a pas été ouvert. Rien n’a été enregistré.',
  },
  warning: {
    unreadablePages: 'Certaines pages n’ont pas pu être lues et n’ont pas de texte : {{pages}}.',
    unreadablePageCount_one: '{{count}} page n’a pas pu être lue et n’a pas de texte.',
    unreadablePageCount_other: '{{count}} pages n’ont pas pu être lues et n’ont pas de texte.',
    passwordProtected: 'Protégé par mot de passe : il vous sera demandé à l’ouverture.',
  },
  password: {
    title: 'Mot de passe requis',
    body: '« {{name}} » est protégé par un mot de passe.',
    retry: 'Ce mot de passe a été refusé. Réessayez.',
    label: 'Mot de passe',
    submit: 'Ouvrir',
    cancel: 'Annuler',
  },
};
