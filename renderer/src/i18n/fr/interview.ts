import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const interview: DeepStrings<Messages['interview']> = {
  loading: 'Chargement de l’entretien…',
  notExpert: 'L’entretien est réservé aux comptes d’expert.',
  intro:
    'L’entretien compte 8 à 12 questions choisies selon vos domaines et les projets ouverts : récits de votre propre travail, questions d’un confrère expérimenté et une courte tâche consistant à juger une réponse d’IA. Une réponse vague ou courte appelle une relance. Les réponses peuvent utiliser Markdown.',
  integrityNotice:
    'Pour les examinateurs, nous enregistrons quand vous collez du texte dans une réponse, quand vous quittez cette fenêtre et la durée de chaque réponse. Cela ne fait jamais échouer personne automatiquement.',
  start: 'Commencer l’entretien',
  progress: 'Question {{number}} sur {{total}}',
  timerLabel: 'Temps passé sur cette réponse',
  question: 'Question {{number}}',
  followUp: 'Relance de la question {{number}}',
  earlier_one: '{{count}} réponse précédente',
  earlier_other: '{{count}} réponses précédentes',
  yourAnswer: 'Votre réponse',
  markdownHelp: 'Markdown fonctionne : **gras**, listes, > citations.',
  preview: 'Aperçu',
  edit: 'Modifier',
  send: 'Envoyer la réponse',
  abandon: 'Abandonner l’entretien',
  scoring: 'Évaluation de vos réponses…',
  transcript: 'Transcription',
  results: {
    scores: 'Notes par compétence',
    provenance:
      'Évalué par le moteur {{engine}} ({{model}}, règles {{prompt}}), grille {{rubric}}, questions {{bank}}.',
    overridden: 'modifié par un examinateur (moteur : {{engine}}/4)',
    overrideReason: 'Motif de l’examinateur : {{reason}}',
    suggestions: 'Mises à jour du profil suggérées',
    noSuggestions: 'Aucune mise à jour du profil à suggérer.',
    accept: 'Ajouter à mon profil',
    inProfile: 'Dans votre profil',
    recorded: 'Ce que nous avons enregistré',
    recordedHelp: 'Montré aux examinateurs ; cela ne change pas vos notes.',
    turnLine:
      '{{label}} : {{seconds}} s, {{pasted}} caractères collés, fenêtre quittée {{away}} fois',
    failed: 'L’évaluation n’a pas abouti : {{message}} Vos réponses sont conservées.',
    retry: 'Relancer l’évaluation',
    retake: 'Repasser l’entretien',
    retakeNow: 'Repasser l’entretien',
  },
};
