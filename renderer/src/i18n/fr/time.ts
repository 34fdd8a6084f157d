import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const time: DeepStrings<Messages['time']> = {
  title: 'Temps actif (rapproché par la plateforme)',
  reconciledHelp:
    'Mesuré uniquement à partir de vos saisies et du focus dans une tâche. La plateforme retire les chevauchements entre tâches et le temps hors de la fenêtre de la tâche, et applique les plafonds du projet ; chaque retrait est indiqué.',
  task: 'Tâche',
  claimed: 'Mesuré ici',
  payable: 'Compté',
  explain:
    'Compte pendant que vous tapez, pointez, faites défiler ou sélectionnez dans cette tâche ; s’arrête après {{minutes}} min sans saisie, ou quand la fenêtre perd le focus.',
  running: 'en cours',
  paused: 'en pause',
  stopped: 'arrêté',
  pause: 'Mettre en pause',
  resume: 'Reprendre',
  trim: {
    invalid: 'Intervalles invalides',
    'unknown-task': 'Pas une de vos tâches',
    'before-task-start': 'Avant l’acceptation de la tâche',
    'after-receipt': 'Postérieur à la réception par la plateforme',
    'after-submission': 'Après la soumission',
    duplicate: 'Envoyé deux fois',
    overlap: 'Chevauche une autre tâche',
    'task-cap': 'Au-delà du plafond de la tâche',
    'day-cap': 'Au-delà du plafond journalier',
  },
};
