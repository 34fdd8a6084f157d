import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const pdf: DeepStrings<Messages['pdf']> = {
  loading: 'Ouverture du PDF…',
  password: {
    body: '« {{name}} » est protégé par un mot de passe. Les mots de passe ne sont jamais enregistrés : il est demandé à chaque ouverture du document.',
  },
  error: {
    damaged: '« {{name}} » est endommagé : pdf.js ne peut pas le lire comme un PDF.',
    unreadable: '« {{name}} » n’a pas pu être ouvert ({{detail}}).',
    timeout: '« {{name}} » a mis trop de temps à s’ouvrir ; l’ouverture a été abandonnée.',
    passwordCancelled:
      '« {{name}} » reste fermé : il ne peut pas être affiché sans son mot de passe.',
    retry: 'Réessayer',
  },
  warning: {
    unreadablePages:
      'Ce PDF est endommagé. Il s’est ouvert, mais ces pages n’ont pas pu être lues et n’ont pas de texte : {{pages}}.',
    unreadablePageCount_one:
      'Ce PDF est endommagé. Il s’est ouvert, mais {{count}} page n’a pas pu être lue et n’a pas de texte.',
    unreadablePageCount_other:
      'Ce PDF est endommagé. Il s’est ouvert, mais {{count}} pages n’ont pas pu être lues et n’ont pas de texte.',
    pagesFailed: 'Ces pages n’ont pas pu être affichées : {{pages}}.',
    moved_one:
      '{{count}} annotation ne correspondait plus à sa position enregistrée et a été replacée d’après sa citation.',
    moved_other:
      '{{count}} annotations ne correspondaient plus à leurs positions enregistrées et ont été replacées d’après leurs citations.',
  },
  page: {
    label: 'Page {{page}}',
    timeout: 'La page {{page}} a mis trop de temps à s’afficher ; son affichage a été abandonné.',
    failed: 'La page {{page}} n’a pas pu être affichée.',
    retry: 'Réessayer',
    textless:
      'Pas de texte sur cette page : tracez un cadre, puis appuyez sur la touche d’une étiquette.',
  },
  toolbar: {
    label: 'Outils PDF',
    outline: 'Sommaire',
    previous: 'Page précédente',
    next: 'Page suivante',
    pageNumber: 'Numéro de page',
    ofPages: 'sur {{count}}',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    zoom: 'Zoom',
    fitWidth: 'Pleine largeur',
    fitPage: 'Page entière',
    percent: '{{percent}} %',
    rotate: 'Pivoter dans le sens horaire',
    selectTool: 'Sélectionner du texte',
    boxTool: 'Tracer un cadre',
    find: 'Rechercher',
    findHint: 'Rechercher dans le document (Ctrl+F)',
    orphans_one: '{{count}} non placée',
    orphans_other: '{{count}} non placées',
  },
  find: {
    label: 'Rechercher dans le document',
    placeholder: 'Rechercher dans le document…',
    previous: 'Résultat précédent',
    next: 'Résultat suivant',
    matchCase: 'Respecter la casse',
    count: '{{current}} sur {{total}}',
    capped: '{{current}} sur {{total}}+',
    none: 'Aucun résultat',
    close: 'Fermer',
  },
  outline: {
    title: 'Sommaire',
    empty: 'Ce PDF n’a pas de sommaire.',
  },
  palette: {
    label: 'Étiquette',
    span: 'Étiqueter le texte sélectionné',
    region: 'Étiqueter le cadre',
    hint: 'Appuyez sur la touche d’une étiquette, ou Échap pour annuler.',
  },
  orphans: {
    title: 'Annotations non placées',
    body: 'Le texte cité par ces annotations ne se trouve plus dans ce document. Elles sont conservées, pas supprimées : vérifiez-les dans la liste.',
    wasOn: 'était p. {{page}}',
    quote: '« {{quote}} »',
  },
};
