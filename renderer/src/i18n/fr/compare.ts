import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const compare: DeepStrings<Messages['compare']> = {
  prompt: 'Question',
  answer: 'Réponse {{letter}}',
  answerText: 'Texte de {{answer}} (sélectionnez un passage, puis E pour marquer une erreur)',
  toolbar: 'Outils de revue',
  renderedToggle: 'Markdown mis en forme',
  complete: 'Terminé : chaque réponse est classée et notée.',
  remaining: 'Reste à faire : {{count}}',
  keys: {
    answer: 'Aller à une réponse',
    ranking: 'aller au classement',
    evidence: 'dans la source, sélectionnez un passage et appuyez sur 1 pour en faire une preuve',
  },
  ranking: {
    title: 'Classement, la meilleure d’abord',
    keys: 'déplacer la réponse active (ou la glisser)',
    item: 'Rang {{rank}} : {{answer}}',
    confirm: 'Garder cet ordre',
    rank: 'rang {{rank}}',
  },
  rubric: {
    title: 'Grille',
    for: 'Notes de {{answer}}',
    unscored: 'Pas encore noté',
    comment: 'Pourquoi (citez la source) : {{criterion}}',
  },
  errors: {
    title: 'Erreurs',
    none: 'Aucune erreur marquée.',
    type: 'Type d’erreur',
    mark: 'Marquer une erreur',
    remove: 'Retirer cette erreur',
    comment: 'Ce qui est faux (citez la source)',
    selectFirst: 'Sélectionnez d’abord le passage fautif dans la réponse.',
  },
  cite: {
    button: 'Citer la preuve sélectionnée',
    selectFirst: 'Sélectionnez d’abord une preuve dans la source',
    missing: 'preuve supprimée',
  },
  citedBy: {
    title: 'Cité par',
    none: 'Aucun commentaire ne cite encore ce passage.',
    score: '{{answer}} : note « {{criterion}} »',
    error: '{{answer}} : erreur marquée',
  },
  diff: {
    toggle: 'Différences',
    title: 'Différences',
    left: 'De',
    right: 'À',
    stats: '{{deleted}} caractères retirés, {{inserted}} ajoutés',
  },
  rewrite: {
    title: 'Votre réponse',
    editor: 'Votre réponse corrigée ou idéale (markdown)',
    preview: 'Aperçu de votre réponse',
    empty: 'Écrivez la réponse que vous donneriez ; l’aperçu s’affiche ici.',
    startFrom: 'Partir de {{answer}}',
  },
};
