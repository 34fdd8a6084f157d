import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const sync: DeepStrings<Messages['sync']> = {
  local: 'Toutes les modifications sont enregistrées sur cet ordinateur',
  localPending_one:
    '{{count}} modification sur cet ordinateur : connectez-vous pour la synchroniser',
  localPending_other:
    '{{count}} modifications sur cet ordinateur : connectez-vous pour les synchroniser',
  synced: 'Toutes les modifications sont synchronisées',
  pending_one: '{{count}} modification en attente de synchronisation',
  pending_other: '{{count}} modifications en attente de synchronisation',
  syncing: 'Synchronisation…',
  syncingPending_one: 'Synchronisation de {{count}} modification…',
  syncingPending_other: 'Synchronisation de {{count}} modifications…',
  offline_zero: 'Hors ligne : tout est enregistré sur cet ordinateur',
  offline_one: 'Hors ligne : {{count}} modification conservée sur cet ordinateur',
  offline_other: 'Hors ligne : {{count}} modifications conservées sur cet ordinateur',
  error: 'Problème de synchronisation',
  expired: 'Session terminée : modifications conservées sur cet ordinateur',
  upgrade: 'Mise à jour nécessaire pour synchroniser',
  retry: 'Réessayer',
  signInAgain: 'Se reconnecter',
  expiredBanner_zero:
    'Votre session sur la plateforme a pris fin. Reconnectez-vous pour continuer à synchroniser.',
  expiredBanner_one:
    'Votre session sur la plateforme a pris fin. Reconnectez-vous pour synchroniser {{count}} modification ; elle est conservée sur cet ordinateur.',
  expiredBanner_other:
    'Votre session sur la plateforme a pris fin. Reconnectez-vous pour synchroniser {{count}} modifications ; elles sont conservées sur cet ordinateur.',
  upgradeBanner_zero:
    'Cette version de Glossator est trop ancienne pour la plateforme. Installez la dernière version pour synchroniser à nouveau.',
  upgradeBanner_one:
    'Cette version de Glossator est trop ancienne pour la plateforme. Installez la dernière version pour synchroniser à nouveau ; {{count}} modification est conservée sur cet ordinateur.',
  upgradeBanner_other:
    'Cette version de Glossator est trop ancienne pour la plateforme. Installez la dernière version pour synchroniser à nouveau ; {{count}} modifications sont conservées sur cet ordinateur.',
  rejected: {
    count_one: '{{count}} modification refusée',
    count_other: '{{count}} modifications refusées',
    title: 'Modifications refusées par la plateforme',
    help: 'La plateforme a refusé ces modifications : elles n’y figurent pas. Ouvrez le document pour en corriger une puis remettez-la en file, ou abandonnez-la.',
    none: 'Aucune modification refusée.',
    reason: {
      forbidden: 'Vous n’avez pas le droit de faire cette modification',
      notFound: 'Le document n’est pas sur la plateforme',
      deleted: 'Supprimée entre-temps sur la plateforme',
      invalid: 'Non valide pour ce projet',
      targetOutside:
        'L’emplacement marqué n’est pas dans le document (positions, morceaux, pages ou cadres)',
      quoteMismatch: 'Le texte marqué diffère du texte du document à cet endroit',
      relationTarget:
        'Lié à une annotation qui n’est pas dans ce projet, ou que vous ne pouvez pas voir',
    },
    kind: { put: 'Annotation', delete: 'Suppression' },
    open: 'Ouvrir le document',
    requeue: 'Remettre en file',
    discard: 'Abandonner',
    close: 'Fermer',
  },
  projects: {
    title: 'Projets de la plateforme',
    documents_one: '{{count}} document sur cet ordinateur',
    documents_other: '{{count}} documents sur cet ordinateur',
    tasks_one: '{{count}} tâche pour vous',
    tasks_other: '{{count}} tâches pour vous',
    offline: 'Disponible hors ligne',
    makeOffline: 'Rendre disponible hors ligne',
    downloading: 'Téléchargement…',
  },
};
